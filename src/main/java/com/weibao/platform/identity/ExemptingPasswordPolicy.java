package com.weibao.platform.identity;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Camunda's password policy with the exemptions some {@link PasswordPolicyExemption} grants (none outside the
 * demo profile). The rules stay the policy's own, so Camunda Admin still shows and checks them; a rule only
 * passes a password it would refuse when the exemption allows exactly that user this password. The exemption is
 * looked up at each check: it is a bean that needs the engine this policy is part of.
 */
public class ExemptingPasswordPolicy implements PasswordPolicy {

    private final List<PasswordPolicyRule> rules;

    public ExemptingPasswordPolicy(PasswordPolicy policy, ObjectProvider<PasswordPolicyExemption> exemptions) {
        this.rules = policy.getRules().stream().<PasswordPolicyRule>map(rule -> new ExemptingRule(rule, exemptions))
                .toList();
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return rules;
    }

    private record ExemptingRule(PasswordPolicyRule rule, ObjectProvider<PasswordPolicyExemption> exemptions)
            implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return rule.getPlaceholder();
        }

        @Override
        public Map<String, String> getParameters() {
            return rule.getParameters();
        }

        @Override
        public boolean execute(String password) {
            return rule.execute(password);
        }

        @Override
        public boolean execute(String password, User user) {
            if (user != null && exemptions.stream().anyMatch(e -> e.allows(user.getId(), password))) {
                return true;
            }
            return rule.execute(password, user);
        }
    }
}
