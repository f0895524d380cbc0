package com.weibao.quality;

import com.weibao.cases.CaseChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to cases after their change committed (Spring Modulith keeps the publication until the reaction
 * succeeds): a confirmation's rating becomes a satisfaction of source CONFIRMATION; a closed case gets its callback
 * decision. A cancelled duplicate never closes, so it is never called back.
 */
@Component
class CaseClosingListener {

    private final QualityService quality;

    CaseClosingListener(QualityService quality) {
        this.quality = quality;
    }

    @ApplicationModuleListener
    void on(CaseChanged change) {
        switch (change.type()) {
            case CONFIRMED -> quality.caseConfirmed(change.caseId());
            case CLOSED -> quality.caseClosed(change.caseId());
            default -> {
            }
        }
    }
}
