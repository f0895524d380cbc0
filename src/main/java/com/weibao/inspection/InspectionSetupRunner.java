package com.weibao.inspection;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the contracts: imports the plan files named in weibao.inspections.import (the demo profile
 * names the seeds' plans), then makes sure every plan's schedule process runs (weibao.inspections.schedule).
 */
@Component
@Order(4)
class InspectionSetupRunner implements ApplicationRunner {

    private final InspectionPlanImporter importer;
    private final InspectionScheduling scheduling;
    private final ResourceLoader resources;
    private final List<String> locations;
    private final boolean schedule;

    InspectionSetupRunner(InspectionPlanImporter importer, InspectionScheduling scheduling, ResourceLoader resources,
                          @Value("${weibao.inspections.import:}") List<String> locations,
                          @Value("${weibao.inspections.schedule:true}") boolean schedule) {
        this.importer = importer;
        this.scheduling = scheduling;
        this.resources = resources;
        this.locations = locations;
        this.schedule = schedule;
    }

    @Override
    public void run(ApplicationArguments args) {
        locations.stream().filter(l -> !l.isBlank()).forEach(l -> importer.importFrom(resources.getResource(l)));
        if (schedule) {
            scheduling.ensureSchedules();
        }
    }
}
