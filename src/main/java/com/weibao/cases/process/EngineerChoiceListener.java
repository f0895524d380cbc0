package com.weibao.cases.process;

import com.weibao.cases.CaseFormView;
import com.weibao.cases.SupportCaseService;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.identity.PeopleNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Create listener of Task_DispatchCase: the engineers of the contract's groups, for the dispatcher to choose. */
@Component("engineerChoice")
class EngineerChoiceListener implements TaskListener {

    static final String ENGINEER_OPTIONS = "engineerOptions";

    private final SupportCaseService cases;
    private final IdentityService identity;
    private final JsonVariables json;

    EngineerChoiceListener(SupportCaseService cases, IdentityService identity, JsonVariables json) {
        this.cases = cases;
        this.identity = identity;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = cases.idOfProcess(task.getProcessInstanceId());
        Map<String, Map<String, String>> engineers = new LinkedHashMap<>();
        for (String group : cases.get(caseId).getContract().engineerGroupList()) {
            for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
                engineers.putIfAbsent(user.getId(), CaseFormView.option(PeopleNames.nameOf(user), user.getId()));
            }
        }
        task.setVariableLocal(ENGINEER_OPTIONS, json.of(List.copyOf(engineers.values())));
    }
}
