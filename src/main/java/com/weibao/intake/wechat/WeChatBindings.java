package com.weibao.intake.wechat;

import com.weibao.cases.Reporter;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.intake.PhoneNumbers;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.CallerDirectory;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a WeChat user is. A reporter gets a one-time binding code (a hospital user for themselves on the profile
 * page, or from an agent on the phone) and sends "绑定 CODE" to the service account. WeCom users whose WeCom user
 * id is a Weibao user id are bound on their first message.
 */
@Service
@Transactional
public class WeChatBindings {

    /** "绑定 K7Q2MX" or "bind k7q2mx"; an unbound sender may send the code alone. */
    static final Pattern BIND_COMMAND = Pattern.compile("^\\s*(?:绑定|bind)\\s*([A-Za-z0-9]{6})\\s*$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern CODE_ONLY = Pattern.compile("^\\s*([A-Za-z0-9]{6})\\s*$");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WeChatBindingRepository bindings;
    private final WeChatBindingCodeRepository codes;
    private final ContractService contractService;
    private final UserProfiles profiles;
    private final CallerDirectory callers;
    private final WeChatProperties properties;
    private final Validator validator;
    private final Clock clock;

    WeChatBindings(WeChatBindingRepository bindings, WeChatBindingCodeRepository codes,
                   ContractService contractService, UserProfiles profiles,
                   CallerDirectory callers, WeChatProperties properties, Validator validator, Clock clock) {
        this.bindings = bindings;
        this.codes = codes;
        this.contractService = contractService;
        this.profiles = profiles;
        this.callers = callers;
        this.properties = properties;
        this.validator = validator;
        this.clock = clock;
    }

    /** Who a binding code is for; all fields optional when a user asks for their own code. */
    public record CodeRequest(String name, String phone, String email, String department, String contract) {
    }

    public record IssuedCode(String code, Instant expiresAt, String reporterName, String contract,
                             String instructions) {
    }

    /**
     * A code for the caller themselves (no name given: their Weibao profile), or, for the vendor's staff, for a
     * reporter they name (the agent gives it on the phone).
     */
    public IssuedCode issueCode(CodeRequest request, Caller caller) {
        CodeRequest r = request == null ? new CodeRequest(null, null, null, null, null) : request;
        boolean forSomeoneElse = !blank(r.name());
        if (forSomeoneElse && !caller.isVendorStaff()) {
            throw new AccessDeniedException("only the vendor's staff issue binding codes for other people");
        }
        List<FieldViolation> violations = new ArrayList<>();
        String userId = forSomeoneElse ? null : caller.userId();
        String name = r.name();
        String email = r.email();
        if (!forSomeoneElse) {
            UserProfiles.Profile profile = profiles.find(caller.userId()).orElseThrow(() ->
                    InvalidRequestException.of("name", "say who the code is for"));
            name = profile.name();
            email = blank(email) ? profile.email() : email;
        }
        String contract = blank(r.contract()) ? defaultContract(caller, forSomeoneElse) : r.contract().strip();
        if (contract == null) {
            violations.add(new FieldViolation("contract", "choose the contract the reporter reports for"));
        } else if (contractService.findVisible(contract, caller).isEmpty()) {
            violations.add(new FieldViolation("contract", "unknown contract '" + contract + "'"));
        }
        if (forSomeoneElse && blank(r.phone()) && blank(r.email())) {
            violations.add(new FieldViolation("phone", "give a phone number or an e-mail address of the reporter"));
        }
        violations.addAll(FieldViolation.of("", validator.validate(new Reporter(r.name(), r.phone(), r.email(),
                r.department()))));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Instant now = clock.instant();
        String code = newCode();
        codes.save(new WeChatBindingCode(code, userId, cut(name, 100), blankToNull(r.phone()), blankToNull(email),
                blankToNull(r.department()), contract, caller.userId(), now, now.plus(properties.bindingCodeTtl())));
        return new IssuedCode(code, now.plus(properties.bindingCodeTtl()), name, contract,
                "关注服务号后发送：绑定 " + code);
    }

    /** The code in a message, if the message is a binding command. */
    static Optional<String> bindingCode(String text, boolean bound) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = BIND_COMMAND.matcher(text);
        if (!m.matches() && !bound) {
            m = CODE_ONLY.matcher(text);
        }
        return m.matches() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** Binds the WeChat user with a code; empty when the code is unknown, used or expired. */
    public Optional<WeChatBinding> bind(WeChatApp app, String wechatUser, String code) {
        Instant now = clock.instant();
        Optional<WeChatBindingCode> found = codes.findByCode(code.toUpperCase(Locale.ROOT))
                .filter(c -> c.usable(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WeChatBindingCode c = found.get();
        WeChatBinding binding = bindings.findByAppAndWechatUser(app, wechatUser)
                .orElseGet(() -> new WeChatBinding(app, wechatUser, now));
        binding.bindTo(c.getUserId(), c.getReporterName(), c.getReporterPhone(), c.getReporterEmail(),
                c.getReporterDepartment(), c.getContractCode(), now);
        WeChatBinding saved = bindings.save(binding);
        c.used(saved.getId(), now);
        return Optional.of(saved);
    }

    /** The sender's binding; a WeCom user whose user id is a Weibao user's is bound on the spot. */
    public Optional<WeChatBinding> of(WeChatApp app, String wechatUser) {
        Optional<WeChatBinding> existing = bindings.findByAppAndWechatUser(app, wechatUser);
        if (existing.isPresent() || app != WeChatApp.WECOM) {
            return existing;
        }
        return profiles.find(wechatUser).map(profile -> {
            Caller caller = callers.caller(profile.userId());
            WeChatBinding binding = new WeChatBinding(app, wechatUser, clock.instant());
            binding.bindTo(profile.userId(), profile.name(), null, profile.email(), null,
                    defaultContract(caller, false), clock.instant());
            return bindings.save(binding);
        });
    }

    @Transactional(readOnly = true)
    public List<WeChatBinding> ofUser(String userId) {
        return bindings.findByUserIdOrderByBoundAtDesc(userId);
    }

    /** The newest binding of a reporter known by phone number or e-mail address. */
    @Transactional(readOnly = true)
    public Optional<WeChatBinding> ofReporter(String phone, String email) {
        String number = PhoneNumbers.normalize(phone);
        if (number != null) {
            Optional<WeChatBinding> byPhone = bindings.findByReporterPhoneIsNotNullOrderByBoundAtDesc().stream()
                    .filter(b -> number.equals(PhoneNumbers.normalize(b.getReporterPhone()))).findFirst();
            if (byPhone.isPresent()) {
                return byPhone;
            }
        }
        if (!blank(email)) {
            return bindings.findByReporterEmailIgnoreCaseOrderByBoundAtDesc(email.strip()).stream().findFirst();
        }
        return Optional.empty();
    }

    /** A hospital user's only contract; for the vendor's staff there is no default. */
    private String defaultContract(Caller caller, boolean forSomeoneElse) {
        if (forSomeoneElse || caller.isVendorStaff()) {
            return null;
        }
        List<Contract> own = contractService.all().stream()
                .filter(c -> caller.hospitalCodes().contains(c.getHospital().getCode())).toList();
        return own.size() == 1 ? own.get(0).getCode() : null;
    }

    private String newCode() {
        for (int attempt = 0; attempt < 10; attempt++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (codes.findByCode(code.toString()).isEmpty()) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free binding code found");
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
