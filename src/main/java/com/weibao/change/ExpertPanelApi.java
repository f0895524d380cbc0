package com.weibao.change;

import java.time.Instant;
import java.util.List;

/** The JSON of the expert panel REST API. */
public final class ExpertPanelApi {

    private ExpertPanelApi() {
    }

    /** Convening a panel: the experts' login ids (at least two of the vendor's staff) and the question put to them. */
    public record NewExpertPanel(List<String> experts, String question) {
    }

    /**
     * One expert of a panel. The opinion is the vendor's deliberation: the hospital's users see who sat on the panel
     * and whether they answered, the conclusion, not each opinion.
     */
    public record ExpertView(String userId, String name, String opinion, Instant givenAt, String givenAtShown) {
    }

    public record PanelView(long id, String reference, String caseNumber, String grounds, String question,
                            ExpertPanelStatus status, String statusLabel, String convenedBy, Instant convenedAt,
                            String convenedAtShown, List<ExpertView> experts, String conclusion, String concludedBy,
                            Instant concludedAt, String concludedAtShown, Instant hospitalInformedAt,
                            String processInstanceId) {
    }
}
