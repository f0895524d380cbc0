package com.weibao.intake;

import com.weibao.cases.CaseLookups;
import com.weibao.cases.CaseStatus;
import com.weibao.cases.SupportCase;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.Hospital;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is calling: reporters known from earlier cases (their phone numbers) and from the hospitals' contacts,
 * with the contract they reported for and the cases they still have open (so that a repeat call can become a
 * note on the open case instead of a duplicate).
 */
@Service
@Transactional(readOnly = true)
public class KnownReporters {

    /** How many of the newest cases with a similar number are compared; older reporters are not looked for. */
    static final int CANDIDATES = 200;

    private final CaseLookups cases;
    private final ContractService contracts;

    KnownReporters(CaseLookups cases, ContractService contracts) {
        this.cases = cases;
        this.contracts = contracts;
    }

    public enum Source { EARLIER_CASE, HOSPITAL_CONTACT }

    /** A person known by this number, and the contract they belong to. */
    public record Reporter(String name, String phone, String email, String department, String contractCode,
                           String contractName, String hospitalCode, String hospitalName, Source source) {
    }

    public record OpenCase(String number, String summary, CaseStatus status, Instant reportedAt, String contractCode) {
    }

    public record Lookup(String phone, List<Reporter> reporters, List<OpenCase> openCases) {

        public boolean known() {
            return !reporters.isEmpty();
        }

        /** The one contract every match agrees on, if they do. */
        public String contractCode() {
            List<String> codes = reporters.stream().map(Reporter::contractCode).filter(c -> c != null).distinct()
                    .toList();
            return codes.size() == 1 ? codes.get(0) : null;
        }

        public Reporter first() {
            return reporters.isEmpty() ? null : reporters.get(0);
        }
    }

    public Lookup byPhone(String phone) {
        String number = PhoneNumbers.normalize(phone);
        if (number == null) {
            return new Lookup(phone, List.of(), List.of());
        }
        Map<String, Reporter> reporters = new LinkedHashMap<>();
        List<OpenCase> open = new ArrayList<>();
        for (SupportCase c : casesWithNumber(number)) {
            if (c.getContract() == null) {
                continue;
            }
            Contract contract = c.getContract();
            Hospital hospital = contract.getHospital();
            reporters.putIfAbsent(c.getReporter().getName() + "|" + contract.getCode(),
                    new Reporter(c.getReporter().getName(), c.getReporter().getPhone(), c.getReporter().getEmail(),
                            c.getReporter().getDepartment(), contract.getCode(), contract.getName(), hospital.getCode(),
                            hospital.getName(), Source.EARLIER_CASE));
            if (c.getStatus().isOpen()) {
                open.add(new OpenCase(c.getNumber(), c.getSummary(), c.getStatus(), c.getReportedAt(),
                        contract.getCode()));
            }
        }
        for (Hospital hospital : contracts.hospitals()) {
            if (number.equals(PhoneNumbers.normalize(hospital.getContactPhone()))) {
                for (Contract contract : contractsOf(hospital)) {
                    reporters.putIfAbsent(hospital.getContactName() + "|" + contract.getCode(),
                            new Reporter(hospital.getContactName(), hospital.getContactPhone(),
                                    hospital.getContactEmail(), null, contract.getCode(), contract.getName(),
                                    hospital.getCode(), hospital.getName(), Source.HOSPITAL_CONTACT));
                }
            }
        }
        return new Lookup(phone, List.copyOf(reporters.values()), open);
    }

    /** The open cases of a reporter reachable by this phone number or e-mail address. */
    public List<SupportCase> openCasesOf(String phone, String email) {
        List<SupportCase> found = new ArrayList<>();
        String number = PhoneNumbers.normalize(phone);
        if (number != null) {
            casesWithNumber(number).stream().filter(c -> c.getStatus().isOpen()).forEach(found::add);
        }
        if (email != null && !email.isBlank()) {
            cases.openWithReporterEmail(email).stream()
                    .filter(c -> found.stream().noneMatch(f -> f.getId().equals(c.getId())))
                    .forEach(found::add);
        }
        return found;
    }

    private List<SupportCase> casesWithNumber(String number) {
        return cases.withReporterPhoneContaining(PhoneNumbers.tail(number, 4), CANDIDATES).stream()
                .filter(c -> number.equals(PhoneNumbers.normalize(c.getReporter().getPhone())))
                .toList();
    }

    private List<Contract> contractsOf(Hospital hospital) {
        return contracts.all().stream()
                .filter(c -> c.getHospital().getCode().equals(hospital.getCode())).toList();
    }
}
