package com.weibao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-22T02:10:00.789Z");

    private static AuditRecord record(String actor, String detail) {
        return new AuditRecord(AT, actor, "10.0.0.8", AuditSurface.API, "CASE_READ", "CASE", "WB-2026-000001",
                "renmin", AuditOutcome.SUCCESS, detail);
    }

    @Test
    void everyFieldSequenceNumberAndPredecessorChangeTheHash() {
        AuditRecord base = record("it-renmin", "GET /api/cases/WB-2026-000001");
        List<String> hashes = List.of(
                AuditChain.hash(1, base, AuditChain.GENESIS),
                AuditChain.hash(2, base, AuditChain.GENESIS),
                AuditChain.hash(1, base, "1".repeat(64)),
                AuditChain.hash(1, record("it-fuscc", base.detail()), AuditChain.GENESIS),
                AuditChain.hash(1, record("it-renmin", "GET /api/cases/WB-2026-000002"), AuditChain.GENESIS),
                AuditChain.hash(1, new AuditRecord(AT.plusSeconds(1), base.actor(), base.clientAddress(),
                        base.surface(), base.action(), base.objectType(), base.objectId(), base.hospitalCode(),
                        base.outcome(), base.detail()), AuditChain.GENESIS),
                AuditChain.hash(1, new AuditRecord(AT, base.actor(), base.clientAddress(), base.surface(),
                        base.action(), base.objectType(), base.objectId(), null, base.outcome(), base.detail()),
                        AuditChain.GENESIS),
                AuditChain.hash(1, new AuditRecord(AT, base.actor(), base.clientAddress(), base.surface(),
                        base.action(), base.objectType(), base.objectId(), base.hospitalCode(), AuditOutcome.REFUSED,
                        base.detail()), AuditChain.GENESIS));
        assertThat(new HashSet<>(hashes)).hasSize(hashes.size());
        assertThat(hashes).allMatch(h -> h.matches("[0-9a-f]{64}"));
        assertThat(AuditChain.hash(1, base, AuditChain.GENESIS)).isEqualTo(AuditChain.hash(1, base, AuditChain.GENESIS));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditRecord a = new AuditRecord(AT, "ab", null, AuditSurface.API, "X", null, "c", null, AuditOutcome.SUCCESS,
                null);
        AuditRecord b = new AuditRecord(AT, "a", "b", AuditSurface.API, "X", null, "c", null, AuditOutcome.SUCCESS,
                null);
        AuditRecord empty = new AuditRecord(AT, "", null, AuditSurface.API, "X", null, "c", null,
                AuditOutcome.SUCCESS, null);
        AuditRecord none = new AuditRecord(AT, null, null, AuditSurface.API, "X", null, "c", null,
                AuditOutcome.SUCCESS, null);
        assertThat(Set.of(AuditChain.hash(1, a, AuditChain.GENESIS), AuditChain.hash(1, b, AuditChain.GENESIS),
                AuditChain.hash(1, empty, AuditChain.GENESIS), AuditChain.hash(1, none, AuditChain.GENESIS)))
                .hasSize(4);
    }

    @Test
    void aRecordIsNormalisedToWhatTheDatabaseKeeps() {
        AuditRecord r = new AuditRecord(AT, "x".repeat(300), null, AuditSurface.API, "CASE_SEARCH", null, null, null,
                AuditOutcome.SUCCESS, "text=13812345678 " + "长".repeat(2000));
        assertThat(r.occurredAt()).isEqualTo(Instant.parse("2026-11-22T02:10:00Z"));
        assertThat(r.actor()).hasSize(100);
        assertThat(r.detail()).startsWith("text=138****5678").hasSize(AuditRecord.DETAIL_MAX);
    }
}
