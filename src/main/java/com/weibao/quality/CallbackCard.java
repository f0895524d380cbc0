package com.weibao.quality;

import com.weibao.cases.SupportAction;
import com.weibao.cases.SupportCase;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.web.FormText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What the 回访 form shows: the case card, the reporter's full number (the callback team calls it), the attempt,
 * and the script to read. Texts a reporter or engineer wrote are {@link FormText#literal literal}.
 */
public final class CallbackCard {

    private CallbackCard() {
    }

    static Map<String, Object> ofMap(Callback callback, SupportCase c, UnaryOperator<String> names) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", c.getNumber());
        view.put("summary", FormText.literal(c.getSummary()));
        view.put("hospital", FormText.literal(c.getContract().getHospital().getName()));
        view.put("contract", FormText.literal(c.getContract().getName() + "（" + c.getContract().getCode() + "）"));
        view.put("system", c.getSystem() == null ? "未指定" : FormText.literal(c.getSystem().getName()));
        view.put("reportedAt", DisplayTimes.format(c.getReportedAt()));
        view.put("closedAt", DisplayTimes.format(c.getClosedAt()));
        view.put("reporterName", FormText.literal(c.getReporter() == null ? "" : c.getReporter().getName()));
        view.put("reporterDepartment", FormText.literal(c.getReporter() == null || c.getReporter().getDepartment() == null
                ? "" : c.getReporter().getDepartment()));
        view.put("reporterPhone", c.getReporter() == null || c.getReporter().getPhone() == null ? "未留电话"
                : FormText.literal(c.getReporter().getPhone()));
        view.put("resolution", FormText.literal(c.getResolution() == null ? "" : c.getResolution()));
        view.put("engineers", callback.engineerList().stream().map(names).collect(Collectors.joining("、")));
        view.put("supportModes", c.getSupportActions().stream().map(SupportAction::getMode)
                .map(m -> m.label()).distinct().collect(Collectors.joining("、")));
        view.put("attempt", "第 " + (callback.getAttemptsMade() + 1) + " 次（共 " + callback.getAttemptsAllowed() + " 次）");
        view.put("confirmedRating", c.getSatisfaction() == null ? "未评价" : c.getSatisfaction().label());
        view.put("script", script(c));
        view.put("lastSolved", callback.getSolved() == null ? "—" : callback.getSolved() ? "已解决" : "未解决");
        view.put("lastRating", callback.getRating() == null ? "—" : callback.getRating().label());
        view.put("lastComment", callback.getComment() == null ? "无" : FormText.literal(callback.getComment()));
        return view;
    }

    static CallbackCardView of(Callback callback, SupportCase c, UnaryOperator<String> names) {
        return new CallbackCardView(ofMap(callback, c, names));
    }

    private static String script(SupportCase c) {
        String name = c.getReporter() == null ? "" : FormText.literal(c.getReporter().getName());
        return "您好，" + name + "！我是维保服务中心的回访专员。您于 " + DisplayTimes.format(c.getReportedAt())
                + " 报修的“" + FormText.literal(c.getSummary()) + "”（工单 " + c.getNumber() + "）已处理完毕。"
                + "想占用您一分钟：1. 问题现在是否已经解决？ 2. 您对这次服务的满意度是优、良还是差？"
                + " 3. 您对我们的工程师和服务还有什么意见或建议？感谢您的支持！";
    }

    /** The card as the form's read-only variable. */
    public record CallbackCardView(Map<String, Object> values) {
    }
}
