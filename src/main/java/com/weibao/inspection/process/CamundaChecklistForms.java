package com.weibao.inspection.process;

import com.weibao.inspection.ChecklistFormPublisher;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * Deploys a plan's generated checklist form as its own deployment (name = form key); an unchanged form is not
 * deployed again. Tasks reference the latest version (camunda:formRefBinding="latest").
 */
@Component
class CamundaChecklistForms implements ChecklistFormPublisher {

    static final String SOURCE = "weibao-inspection-plans";

    private final RepositoryService repository;

    CamundaChecklistForms(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void publish(String formKey, String schema) {
        repository.createDeployment().name(formKey).source(SOURCE).enableDuplicateFiltering(false)
                .addString(formKey + ".form", schema).deploy();
    }
}
