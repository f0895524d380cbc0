package com.weibao.intake.wechat;

import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.intake.KnownReporters;
import com.weibao.intake.PhoneNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which open case a WeChat message belongs to: the case number it quotes, if that case is the sender's and open;
 * else the sender's only open case; else none (the message starts a new case).
 */
@Component
class WeChatCaseRouting {

    static final Pattern CASE_NUMBER = Pattern.compile("WB-\\d{4}-\\d{6}", Pattern.CASE_INSENSITIVE);

    private final SupportCaseService cases;
    private final KnownReporters reporters;
    private final WeChatMessageRepository messages;

    WeChatCaseRouting(SupportCaseService cases, KnownReporters reporters, WeChatMessageRepository messages) {
        this.cases = cases;
        this.reporters = reporters;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    Optional<String> noteTarget(WeChatBinding binding, String text) {
        List<SupportCase> open = openCasesOf(binding);
        if (text != null) {
            Matcher quoted = CASE_NUMBER.matcher(text);
            while (quoted.find()) {
                String number = quoted.group().toUpperCase();
                if (open.stream().anyMatch(c -> c.getNumber().equals(number))) {
                    return Optional.of(number);
                }
            }
        }
        return open.size() == 1 ? Optional.of(open.get(0).getNumber()) : Optional.empty();
    }

    /** The sender's open cases: those reported with their phone or e-mail, and those their messages started. */
    private List<SupportCase> openCasesOf(WeChatBinding binding) {
        List<SupportCase> open = new ArrayList<>(reporters.openCasesOf(binding.getReporterPhone(),
                binding.getReporterEmail()));
        for (WeChatMessage m : messages.findByAppAndFromUserOrderByIdDesc(binding.getApp(), binding.getWechatUser())) {
            if (m.getCaseNumber() != null && open.stream().noneMatch(c -> c.getNumber().equals(m.getCaseNumber()))) {
                cases.findByNumber(m.getCaseNumber()).filter(c -> c.getStatus().isOpen()).ifPresent(open::add);
            }
        }
        return open.stream().filter(c -> binding.getContractCode() == null || c.getContract() == null
                || binding.getContractCode().equals(c.getContract().getCode())
                || PhoneNumbers.sameNumber(binding.getReporterPhone(), c.getReporter().getPhone())).toList();
    }
}
