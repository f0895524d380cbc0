package com.weibao.change.process;

import com.weibao.change.ExpertPanel;
import com.weibao.platform.DisplayTimes;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The panel as its task forms show it (read-only), in Chinese. An expert's form shows who else sits on the panel and
 * who has answered, not what they said (opinions are independent); the conclusion form shows every opinion.
 */
record ExpertPanelFormView(String reference, String caseNumber, String caseSummary, String hospital, String system,
                           String grounds, String question, String convenedBy, String convenedAt, String status,
                           List<Expert> experts) {

    record Expert(String name, String given, String opinion) {
    }

    static ExpertPanelFormView of(ExpertPanel p, String caseSummary, String hospital, String system,
                                  boolean withOpinions, UnaryOperator<String> names) {
        return new ExpertPanelFormView(p.getReference(), p.getCaseNumber(), caseSummary, hospital, system,
                p.getGrounds(), p.getQuestion(), names.apply(p.getConvenedBy()),
                DisplayTimes.format(p.getConvenedAt()), p.getStatus().label(),
                p.getOpinions().stream().map(o -> new Expert(names.apply(o.getExpert()),
                        o.getGivenAt() == null ? "尚未发表" : DisplayTimes.format(o.getGivenAt()),
                        withOpinions && o.getOpinion() != null ? o.getOpinion() : "")).toList());
    }
}
