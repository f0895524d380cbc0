package com.weibao.inspection.process;

import com.weibao.cases.Reporter;
import com.weibao.inspection.InspectorDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The inspecting engineer from Camunda's identity service: name and e-mail as the follow-up cases' reporter. */
@Component
class CamundaInspectors implements InspectorDirectory {

    private final IdentityService identity;

    CamundaInspectors(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Reporter reporter(String userId, String department) {
        User user = userId == null ? null : asApplication(userId);
        String name = user == null || user.getFirstName() == null || user.getFirstName().isBlank()
                ? "巡检工程师 " + (userId == null ? "" : userId) : user.getFirstName() + "（" + userId + "）";
        String email = user == null ? null : user.getEmail();
        return new Reporter(name, null, email == null || email.isBlank() ? null : email, department);
    }

    /** Looked up with the application's rights: a hospital user's sign-off may lead here too. */
    private User asApplication(String userId) {
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return identity.createUserQuery().userId(userId).singleResult();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }
}
