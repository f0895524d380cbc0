package com.weibao.notify;

import com.weibao.platform.engine.EngineCalls;
import com.weibao.platform.identity.PeopleNames;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Users and groups as notification contacts, from Camunda's identity service (e-mail from the user profile). */
@Component
class UserContacts implements ContactDirectory {

    private final IdentityService identity;
    private final EngineCalls engineCalls;

    UserContacts(IdentityService identity, EngineCalls engineCalls) {
        this.identity = identity;
        this.engineCalls = engineCalls;
    }

    @Override
    public boolean resolves(Recipient.Kind kind) {
        return kind == Recipient.Kind.USER || kind == Recipient.Kind.GROUP;
    }

    @Override
    public List<Contact> contacts(Recipient recipient, Long caseId) {
        // a notification caused by a hospital user's action must still reach engineers that user may not list
        List<User> users = engineCalls.asApplication(() -> recipient.kind() == Recipient.Kind.USER
                ? identity.createUserQuery().userId(recipient.id()).list()
                : identity.createUserQuery().memberOfGroup(recipient.id()).orderByUserId().asc().list());
        return users.stream().map(u -> Contact.email(PeopleNames.nameOf(u), u.getEmail())).toList();
    }
}
