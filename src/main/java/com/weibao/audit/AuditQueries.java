package com.weibao.audit;

import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: Weibao's own entries and the engine's user operation log, merged newest first, limited to
 * the hospitals the filter names.
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    /** How deep a page may reach into the merged trail; beyond, narrow the period. */
    static final int MAX_DEPTH = 10_000;
    private static final Comparator<AuditItem> NEWEST_FIRST = Comparator.comparing(AuditItem::at)
            .thenComparing(i -> i.seq() == null ? Long.MAX_VALUE : i.seq()).reversed();

    public record Page(List<AuditItem> items, int page, int size, long totalItems) {
    }

    private final AuditEntryRepository entries;
    private final EngineOperationLog engine;

    AuditQueries(AuditEntryRepository entries, EngineOperationLog engine) {
        this.entries = entries;
        this.engine = engine;
    }

    public Page page(AuditFilter filter, int page, int size) {
        int depth = (page + 1) * size;
        if (depth > MAX_DEPTH) {
            throw InvalidRequestException.of("page", "at most " + MAX_DEPTH + " items deep; narrow the period (from, to)");
        }
        List<AuditItem> items = newest(filter, depth);
        long total = (filter.includes(AuditItem.WEIBAO) ? entries.count(matching(filter)) : 0)
                + engine.count(filter);
        return new Page(items.subList(Math.min(page * size, items.size()), items.size()), page, size, total);
    }

    /** Every matching item, newest first; refused when there are more than {@code maxRows}. */
    public List<AuditItem> all(AuditFilter filter, int maxRows) {
        long total = (filter.includes(AuditItem.WEIBAO) ? entries.count(matching(filter)) : 0) + engine.count(filter);
        if (total > maxRows) {
            throw InvalidRequestException.of("from", total + " entries match, an export holds at most " + maxRows
                    + "; narrow the period (from, to)");
        }
        return newest(filter, maxRows);
    }

    /** One Weibao entry with its hashes, if it is about one of the hospitals (null: any). */
    public AuditItem entry(long seq, Set<String> hospitals) {
        return entries.findById(seq)
                .filter(e -> hospitals == null || (e.getHospitalCode() != null && hospitals.contains(e.getHospitalCode())))
                .map(AuditItem::of)
                .orElseThrow(() -> new NotFoundException("no audit entry " + seq));
    }

    private List<AuditItem> newest(AuditFilter filter, int max) {
        Stream<AuditItem> own = filter.includes(AuditItem.WEIBAO)
                ? entries.findAll(matching(filter), PageRequest.of(0, max,
                        Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("seq")))).stream().map(AuditItem::of)
                : Stream.empty();
        List<AuditItem> merged = new ArrayList<>(Stream.concat(own, engine.newest(filter, max).stream()).toList());
        merged.sort(NEWEST_FIRST);
        return merged.size() > max ? merged.subList(0, max) : merged;
    }

    private static Specification<AuditEntry> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            if (filter.hospitals() != null) {
                where.add(filter.hospitals().isEmpty() ? cb.disjunction()
                        : root.get("hospitalCode").in(filter.hospitals()));
            }
            if (filter.actor() != null) {
                where.add(cb.equal(root.get("actor"), filter.actor()));
            }
            if (filter.action() != null) {
                where.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.objectId() != null) {
                where.add(cb.equal(root.get("objectId"), filter.objectId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
