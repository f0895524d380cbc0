package com.weibao.platform.engine;

import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Camunda's own user store (the engine's identity tables) with a {@link PasswordCheckGuard} around each password
 * check and unlock. The one place where Weibao reaches into the engine's identity provider.
 */
class GuardedIdentityProvider extends DbIdentityServiceProvider {

    private final PasswordCheckGuard guard;

    GuardedIdentityProvider(PasswordCheckGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return guard.check(userId, () -> super.checkPassword(userId, password));
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
        IdentityOperationResult result = super.unlockUser(userId);
        Authentication admin = getCurrentAuthentication();
        guard.unlocked(userId, admin == null ? null : admin.getUserId());
        return result;
    }

    /** Opens one provider per engine command, like Camunda's own factory. */
    static SessionFactory factory(PasswordCheckGuard guard) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return GuardedIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new GuardedIdentityProvider(guard);
            }
        };
    }
}
