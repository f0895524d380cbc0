package com.weibao.change;

/** What a change is created with (REST and the demo data). */
public record NewChange(String contract, String system, ChangeKind kind, String title, String currentVersion,
                        String targetVersion, String reason, String risk, String implementationPlan,
                        String rollbackPlan, String verificationPlan, Boolean takesServiceDown, String implementer,
                        String caseNumber) {
}
