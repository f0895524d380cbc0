package com.weibao.platform.identity;

/**
 * A password that the password policy lets through although it breaks the rules. Only the demo profile has one
 * (the demo users' password = user name); without a bean of this type the policy has no exceptions.
 */
public interface PasswordPolicyExemption {

    boolean allows(String userId, String password);
}
