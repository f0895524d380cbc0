package com.weibao.inspection.process;

import com.weibao.cases.Reporter;
import com.weibao.inspection.InspectorDirectory;
import com.weibao.platform.engine.EngineCalls;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The inspecting engineer from Camunda's identity service: name and e-mail as the follow-up cases' reporter. */
@Component
class CamundaInspectors implements InspectorDirectory {

    private final IdentityService identity;
    private final EngineCalls engineCalls;

    CamundaInspectors(IdentityService identity, EngineCalls engineCalls) {
        this.identity = identity;
        this.engineCalls = engineCalls;
    }

    @Override
    public Reporter reporter(String userId, String department) {
        // looked up with the application's rights: a hospital user's sign-off may lead here too
        User user = userId == null ? null
                : engineCalls.asApplication(() -> identity.createUserQuery().userId(userId).singleResult());
        String name = user == null || user.getFirstName() == null || user.getFirstName().isBlank()
                ? "巡检工程师 " + (userId == null ? "" : userId) : user.getFirstName() + "（" + userId + "）";
        String email = user == null ? null : user.getEmail();
        return new Reporter(name, null, email == null || email.isBlank() ? null : email, department);
    }
}
