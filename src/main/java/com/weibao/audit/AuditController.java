package com.weibao.audit;

import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.PageParameters;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail's API: a hospital's IT department reads and exports the entries about its own hospital, the
 * vendor's administrators all of them; nobody else. Verification says whether the chain is intact.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private static final int MAX_PAGE_SIZE = 500;
    private static final Duration DEFAULT_EXPORT_PERIOD = Duration.ofDays(31);

    private final AuditQueries queries;
    private final AuditVerification verification;
    private final AuditProperties properties;
    private final Clock clock;

    AuditController(AuditQueries queries, AuditVerification verification, AuditProperties properties, Clock clock) {
        this.queries = queries;
        this.verification = verification;
        this.properties = properties;
        this.clock = clock;
    }

    /** The query parameters that select entries, for reading and exporting alike. */
    record Selection(String hospital, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to, String actor,
                     String action, String object, String source) {
    }

    @GetMapping
    AuditQueries.Page list(Selection selection, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal Caller caller) {
        PageParameters.check(page, size, MAX_PAGE_SIZE);
        return queries.page(filter(caller, selection, instant(selection.from()), instant(selection.to())), page,
                size);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format, Selection selection,
                                  @AuthenticationPrincipal Caller caller) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidRequestException.of("format", "'" + format + "' is not csv or xlsx");
        }
        Instant until = selection.to() == null ? clock.instant() : selection.to().toInstant();
        Instant since = selection.from() == null ? until.minus(DEFAULT_EXPORT_PERIOD) : selection.from().toInstant();
        AuditFilter filter = filter(caller, selection, since, until);
        List<AuditItem> items = queries.all(filter, properties.exportMaxRows());
        boolean csv = format.equals("csv");
        String name = "audit-" + scopeName(filter) + "." + format;
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(csv ? AuditExport.csv(items) : AuditExport.xlsx(items));
    }

    @GetMapping("/entries/{seq}")
    AuditItem entry(@PathVariable long seq, @AuthenticationPrincipal Caller caller) {
        return queries.entry(seq, readableHospitals(caller, null));
    }

    /** Walks the whole chain (all hospitals' entries, which only the hashes show). */
    @GetMapping("/verification")
    AuditVerification.Result verify(@AuthenticationPrincipal Caller caller) {
        readableHospitals(caller, null);
        return verification.verify();
    }

    private AuditFilter filter(Caller caller, Selection s, Instant from, Instant to) {
        if (s.source() != null && !s.source().equals(AuditItem.WEIBAO) && !s.source().equals(AuditItem.ENGINE)) {
            throw InvalidRequestException.of("source", "'" + s.source() + "' is not WEIBAO or ENGINE");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidRequestException.of("from", "must be before 'to'");
        }
        return new AuditFilter(from == null ? null : from.truncatedTo(ChronoUnit.SECONDS), wholeSecondAfter(to),
                readableHospitals(caller, s.hospital()), s.actor(), s.action(), s.object(), s.source());
    }

    /**
     * Entries are kept to the second, and MySQL/MariaDB drop a parameter's fraction of a second: "before 10:00:01.5"
     * becomes "before 10:00:02", else the entries of 10:00:01 would be missed.
     */
    private static Instant wholeSecondAfter(Instant to) {
        if (to == null) {
            return null;
        }
        Instant whole = to.truncatedTo(ChronoUnit.SECONDS);
        return whole.equals(to) ? to : whole.plusSeconds(1);
    }

    /**
     * The hospitals whose entries the caller reads: all (null) for the vendor's administrators, else the hospitals
     * whose IT department the caller belongs to; a hospital asked for must be one of them.
     */
    private static Set<String> readableHospitals(Caller caller, String hospital) {
        if (caller.isAdmin()) {
            return hospital == null ? null : Set.of(hospital);
        }
        Set<String> own = caller.hospitalCodes().stream().filter(h -> caller.inGroup(Roles.hospitalItGroup(h)))
                .collect(Collectors.toSet());
        if (own.isEmpty()) {
            throw new AccessDeniedException("the audit trail is for a hospital's IT department and the vendor's "
                    + "administrators");
        }
        if (hospital != null && !own.contains(hospital)) {
            throw new AccessDeniedException("you may read the audit trail of " + String.join(", ", own) + " only");
        }
        return hospital == null ? own : Set.of(hospital);
    }

    private static String scopeName(AuditFilter filter) {
        return filter.hospitals() == null ? "all" : String.join("-", filter.hospitals());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
