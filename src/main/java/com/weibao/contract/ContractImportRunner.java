package com.weibao.contract;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** Imports the contract files named in weibao.contracts.import at start-up (the demo profile names the seeds). */
@Component
@Order(2)
class ContractImportRunner implements ApplicationRunner {

    private final ContractImporter importer;
    private final ResourceLoader resources;
    private final List<String> locations;

    ContractImportRunner(ContractImporter importer, ResourceLoader resources,
                         @Value("${weibao.contracts.import:}") List<String> locations) {
        this.importer = importer;
        this.resources = resources;
        this.locations = locations;
    }

    @Override
    public void run(ApplicationArguments args) {
        locations.stream().filter(l -> !l.isBlank()).forEach(l -> importer.importFrom(resources.getResource(l)));
    }
}
