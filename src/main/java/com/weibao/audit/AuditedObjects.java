package com.weibao.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.ContractService;
import com.weibao.inspection.InspectionService;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.CallerDirectory;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hospital an audited object belongs to (a case by its number, an inspection by its id, a contract by its
 * code, a user by their id), so that an entry is shown to that hospital's IT department even when the request was
 * refused. A case's hospital never changes once known, so it is remembered: reads cost no extra query; a user's for
 * a minute.
 */
@Component
public class AuditedObjects {

    private final SupportCaseService cases;
    private final InspectionService inspections;
    private final ContractService contracts;
    private final CallerDirectory callers;
    private final TransactionTemplate readOnly;
    private final Cache<String, String> hospitalOfCase = Caffeine.newBuilder().maximumSize(50_000).build();
    /** A user's hospital changes only with their memberships; a minute is as long as the API caches credentials. */
    private final Cache<String, Optional<String>> hospitalOfUser = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    AuditedObjects(SupportCaseService cases, InspectionService inspections, ContractService contracts,
                   CallerDirectory callers, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.inspections = inspections;
        this.contracts = contracts;
        this.callers = callers;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    String hospitalOfCase(String number) {
        String known = hospitalOfCase.getIfPresent(number);
        if (known != null) {
            return known;
        }
        String hospital = readOnly.execute(s -> cases.findByNumber(number).map(SupportCase::hospitalCode)
                .orElse(null));
        if (hospital != null) {
            hospitalOfCase.put(number, hospital);
        }
        return hospital;
    }

    String hospitalOfInspection(String id) {
        try {
            long inspectionId = Long.parseLong(id);
            return readOnly.execute(s -> {
                try {
                    return inspections.get(inspectionId).hospitalCode();
                } catch (RuntimeException notFound) {
                    return null;
                }
            });
        } catch (NumberFormatException e) {
            return null;
        }
    }

    String hospitalOfContract(String code) {
        return readOnly.execute(s -> contracts.find(code).map(c -> c.getHospital().getCode()).orElse(null));
    }

    /** A hospital user's hospital; null for the vendor's staff (members of every hospital) and unknown users. */
    public String hospitalOfUser(String userId) {
        if (userId == null) {
            return null;
        }
        return hospitalOfUser.get(userId, id -> {
            Caller caller = callers.caller(id);
            return !caller.isVendorStaff() && caller.hospitalCodes().size() == 1
                    ? Optional.of(caller.hospitalCodes().iterator().next()) : Optional.empty();
        }).orElse(null);
    }
}
