package com.weibao.contract;

/**
 * Terms of a contract that do not fit together, with the place in the contract's entry that is wrong (a JSON
 * pointer relative to the entry, e.g. {@code /slaTargets/3/window}), so the importer can name the file's line.
 */
public class InvalidContractTerms extends IllegalArgumentException {

    private final String path;

    public InvalidContractTerms(String path, String reason) {
        super(reason);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
