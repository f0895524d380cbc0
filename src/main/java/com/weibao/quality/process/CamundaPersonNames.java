package com.weibao.quality.process;

import com.weibao.platform.engine.EngineCalls;
import com.weibao.quality.PersonNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** People's names from Camunda's identity service, read with the application's rights. */
@Component
class CamundaPersonNames implements PersonNames {

    private final IdentityService identity;
    private final EngineCalls calls;

    CamundaPersonNames(IdentityService identity, EngineCalls calls) {
        this.identity = identity;
        this.calls = calls;
    }

    @Override
    public String nameOf(String userId) {
        if (userId == null) {
            return "";
        }
        User user = calls.asApplication(() -> identity.createUserQuery().userId(userId).singleResult());
        String name = user == null || user.getFirstName() == null ? "" : user.getFirstName().strip();
        return name.isEmpty() ? userId : name;
    }
}
