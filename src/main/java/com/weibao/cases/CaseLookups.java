package com.weibao.cases;

import com.weibao.contract.CoveredSystem;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case searches other modules make without a caller to check: the intake channels looking for a reporter's
 * earlier and open cases, the SLA's repeat-fault rule counting a system's faults. Newest cases first.
 */
@Service
@Transactional(readOnly = true)
public class CaseLookups {

    private final SupportCaseRepository cases;

    CaseLookups(SupportCaseRepository cases) {
        this.cases = cases;
    }

    /** The newest cases (at most {@code limit}) whose reporter's phone contains these digits. */
    public List<SupportCase> withReporterPhoneContaining(String digits, int limit) {
        String like = "%" + digits + "%";
        Specification<SupportCase> similar = (root, query, cb) -> cb.like(root.get("reporter").get("phone"), like);
        return cases.findAll(similar, PageRequest.of(0, limit,
                Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("id")))).getContent();
    }

    /** The open cases reported with this e-mail address (compared without case). */
    public List<SupportCase> openWithReporterEmail(String email) {
        Specification<SupportCase> byEmail = (root, query, cb) -> cb.and(
                cb.equal(cb.lower(root.get("reporter").get("email")), email.strip().toLowerCase()),
                root.get("status").in(CaseStatus.OPEN));
        return cases.findAll(byEmail, Sort.by(Sort.Order.desc("registeredAt")));
    }

    /** Cases of one system with one fault type reported in a period, cancelled duplicates not counted. */
    public long countSameFault(CoveredSystem system, FaultType faultType, Instant from, Instant to) {
        return cases.countSameFault(system, faultType, from, to);
    }
}
