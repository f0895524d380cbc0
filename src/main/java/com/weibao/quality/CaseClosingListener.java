package com.weibao.quality;

import com.weibao.cases.CaseChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to cases after their change committed (Spring Modulith keeps the publication until the reaction
 * succeeds): a confirmation's rating becomes a satisfaction of source CONFIRMATION; a closed case gets its callback
 * decision. A cancelled duplicate never closes, so it is never called back. A case triaged as 投诉 and forwarded
 * by its case process becomes a complaint for the service managers.
 */
@Component
class CaseClosingListener {

    private final QualityService quality;
    private final ComplaintService complaints;

    CaseClosingListener(QualityService quality, ComplaintService complaints) {
        this.quality = quality;
        this.complaints = complaints;
    }

    @ApplicationModuleListener
    void on(CaseChanged change) {
        switch (change.type()) {
            case CONFIRMED -> quality.caseConfirmed(change.caseId());
            case CLOSED -> quality.caseClosed(change.caseId());
            case COMPLAINT_FORWARDED -> complaints.caseForwarded(change.caseId());
            default -> {
            }
        }
    }
}
