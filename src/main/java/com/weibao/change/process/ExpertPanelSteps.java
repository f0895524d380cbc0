package com.weibao.change.process;

import static com.weibao.change.process.ChangeVariables.text;

import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.change.ExpertPanel;
import com.weibao.change.ExpertPanelService;
import com.weibao.contract.CoveredSystem;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.identity.PeopleNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of ExpertPanelProcess, each thin: map the form's field in, call one use case of
 * {@link ExpertPanelService}. Every step finds its panel by the process instance it runs in; an expert's opinion is
 * the acting user's own.
 */
@Configuration
class ExpertPanelSteps {

    static final String VIEW = "panelView";
    // form fields (task-local)
    static final String OPINION = "expertOpinion";
    static final String CONCLUSION = "panelConclusion";

    private static final Map<String, List<String>> FIELDS = Map.of(
            ExpertPanelProcess.GIVE_OPINION, List.of(OPINION),
            ExpertPanelProcess.RECORD_CONCLUSION, List.of(CONCLUSION));

    /** Start of the process: the panel stored just before it (business key = its reference) is bound to it. */
    @Bean("expertPanelStarted")
    ExecutionListener processStarted(ExpertPanelService panels) {
        return execution -> panels.bindProcess(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    /**
     * Create listener of every task: the panel as a read-only view (the conclusion task with every opinion), and the
     * task's own form field.
     */
    @Bean("expertPanelForm")
    TaskListener panelForm(ExpertPanelService panels, SupportCaseService cases, JsonVariables json,
                           PeopleNames people) {
        return task -> {
            ExpertPanel panel = panels.get(panels.idOfProcess(task.getProcessInstanceId()));
            Optional<SupportCase> supportCase = cases.findByNumber(panel.getCaseNumber());
            task.setVariableLocal(VIEW, json.of(ExpertPanelFormView.of(panel,
                    supportCase.map(SupportCase::getSummary).orElse(""),
                    supportCase.map(c -> c.getContract().getHospital().getName()).orElse(panel.getHospitalCode()),
                    supportCase.map(SupportCase::getSystem).map(CoveredSystem::getName).orElse("（未指定）"),
                    ExpertPanelProcess.RECORD_CONCLUSION.equals(task.getTaskDefinitionKey()), people::nameOf)));
            for (String field : FIELDS.getOrDefault(task.getTaskDefinitionKey(), List.of())) {
                task.setVariableLocal(field, null);
            }
        };
    }

    /** Task_GiveExpertOpinion: the acting expert's own opinion. */
    @Bean("expertOpinionGiven")
    TaskListener opinionGiven(ExpertPanelService panels, EngineCallers callers) {
        return task -> panels.giveOpinion(panels.idOfProcess(task.getProcessInstanceId()), text(task, OPINION),
                callers.caller(task, ExpertPanelProcess.SYSTEM_ACTOR));
    }

    /** Task_RecordConclusion: the lead's conclusion. */
    @Bean("panelConclusionRecorded")
    TaskListener conclusionRecorded(ExpertPanelService panels, EngineCallers callers) {
        return task -> panels.conclude(panels.idOfProcess(task.getProcessInstanceId()), text(task, CONCLUSION),
                callers.caller(task, ExpertPanelProcess.SYSTEM_ACTOR));
    }

    /** Task_InformHospital: the conclusion into the case's history and to the hospital's IT department. */
    @Bean("informHospitalOfConclusion")
    JavaDelegate informHospital(ExpertPanelService panels) {
        return execution -> panels.inform(panels.idOfProcess(execution.getProcessInstanceId()));
    }
}
