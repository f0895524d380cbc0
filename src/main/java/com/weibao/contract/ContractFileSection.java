package com.weibao.contract;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.platform.yaml.YamlDocument;

/** One feature's section of a contract entry, as written in the contract file. */
public final class ContractFileSection {

    private final YamlDocument file;
    private final JsonPointer at;
    private final JsonNode node;

    ContractFileSection(YamlDocument file, JsonPointer at, JsonNode node) {
        this.file = file;
        this.at = at;
        this.node = node;
    }

    public boolean isPresent() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    /** The section as the feature's own type; unknown keys and wrong values are reported with their line. */
    public <T> T as(Class<T> type) {
        return file.bind(at, node, type);
    }
}
