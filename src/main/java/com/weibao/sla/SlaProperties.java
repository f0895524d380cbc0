package com.weibao.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * weibao.sla.*: when to warn (share of a target's time), and how long after a breach the next escalation steps
 * come (shares of the target's time: with the defaults a 2-hour target warns at 1 h 30, tells the team lead at
 * 2 h, the service manager at 3 h and the hospital's responsible contact at 4 h).
 */
@ConfigurationProperties("weibao.sla")
public record SlaProperties(Double warningRatio, Double managerAfter, Double hospitalAfter) {

    public SlaProperties {
        warningRatio = warningRatio == null ? 0.75 : warningRatio;
        managerAfter = managerAfter == null ? 0.5 : managerAfter;
        hospitalAfter = hospitalAfter == null ? 1.0 : hospitalAfter;
        if (warningRatio <= 0 || warningRatio >= 1) {
            throw new IllegalArgumentException("weibao.sla.warning-ratio must be between 0 and 1, is " + warningRatio);
        }
        if (managerAfter < 0 || hospitalAfter < managerAfter) {
            throw new IllegalArgumentException("weibao.sla escalation: 0 <= manager-after <= hospital-after");
        }
    }
}
