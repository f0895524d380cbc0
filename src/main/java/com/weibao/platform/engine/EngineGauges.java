package com.weibao.platform.engine;

import com.weibao.platform.metrics.GaugeSource;
import com.weibao.platform.metrics.GaugeTable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The engine's backlog per process (definition key): {@code weibao_engine_user_tasks_open{process}} (open user tasks,
 * claimed or not), {@code weibao_engine_jobs_failed{process}} (jobs out of retries) and
 * {@code weibao_engine_incidents_open{process}} (open incidents, which Cockpit lists). A few counts per process
 * per refresh, run as the application (no user, so no tenant or authorization filter).
 */
@Component
class EngineGauges implements GaugeSource {

    private final RepositoryService repository;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final GaugeTable userTasks;
    private final GaugeTable failedJobs;
    private final GaugeTable incidents;

    EngineGauges(RepositoryService repository, TaskService tasks, ManagementService management,
                 RuntimeService runtime, MeterRegistry registry) {
        this.repository = repository;
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.userTasks = GaugeTable.register(registry, "weibao.engine.user.tasks.open", "open user tasks per process");
        this.failedJobs = GaugeTable.register(registry, "weibao.engine.jobs.failed",
                "jobs out of retries per process");
        this.incidents = GaugeTable.register(registry, "weibao.engine.incidents.open", "open incidents per process");
    }

    @Override
    public void refresh() {
        TreeSet<String> keys = new TreeSet<>();
        repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).forEach(keys::add);
        Map<Tags, Long> open = new HashMap<>();
        Map<Tags, Long> failed = new HashMap<>();
        Map<Tags, Long> incidentCounts = new HashMap<>();
        for (String key : keys) {
            Tags process = Tags.of("process", key);
            open.put(process, tasks.createTaskQuery().processDefinitionKey(key).count());
            failed.put(process, management.createJobQuery().processDefinitionKey(key).withException()
                    .noRetriesLeft().count());
            incidentCounts.put(process, runtime.createIncidentQuery().processDefinitionKeyIn(key).count());
        }
        userTasks.publish(open);
        failedJobs.publish(failed);
        incidents.publish(incidentCounts);
    }
}
