package com.weibao.platform.identity;

import com.weibao.notify.Contact;
import com.weibao.notify.ContactDirectory;
import com.weibao.notify.Recipient;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Users and groups as notification contacts, from Camunda's identity service (e-mail from the user profile). */
@Component
class UserContacts implements ContactDirectory {

    private final IdentityService identity;

    UserContacts(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public boolean resolves(Recipient.Kind kind) {
        return kind == Recipient.Kind.USER || kind == Recipient.Kind.GROUP;
    }

    @Override
    public List<Contact> contacts(Recipient recipient, Long caseId) {
        List<User> users = asApplication(() -> recipient.kind() == Recipient.Kind.USER
                ? identity.createUserQuery().userId(recipient.id()).list()
                : identity.createUserQuery().memberOfGroup(recipient.id()).orderByUserId().asc().list());
        return users.stream().map(u -> Contact.email(displayName(u), u.getEmail())).toList();
    }

    /**
     * Looks users up with the application's rights: a notification caused by a hospital user's action must still
     * reach the vendor's engineers, whom that user may not list.
     */
    private <T> T asApplication(Supplier<T> lookup) {
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }

    private static String displayName(User user) {
        return user.getFirstName() == null || user.getFirstName().isBlank() ? user.getId()
                : user.getFirstName() + "（" + user.getId() + "）";
    }
}
