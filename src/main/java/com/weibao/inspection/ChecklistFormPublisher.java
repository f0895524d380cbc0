package com.weibao.inspection;

/** Makes a plan's generated checklist form available to Tasklist; the Camunda adapter deploys it. */
public interface ChecklistFormPublisher {

    /** Deploys the form (a Camunda Form schema as JSON) under its key, unless that exact form is deployed already. */
    void publish(String formKey, String schema);
}
