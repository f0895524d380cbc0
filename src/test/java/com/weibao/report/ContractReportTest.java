package com.weibao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weibao.platform.web.ConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A report's review states; an acknowledged report is archived and refuses every change. */
class ContractReportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    void releasedReturnedRevisedAndArchived() {
        ContractReport r = new ContractReport("e-invoice", "renmin", ReportPeriod.parse("2026-11"),
                ReportDocument.REPORT, NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThatThrownBy(() -> r.archive("it-renmin", NOW, new byte[1], new byte[1]))
                .as("a draft is not acknowledged").isInstanceOf(ConflictException.class);
        r.release("总结", "措施", "manager", NOW);
        r.returnWithRemarks("请补充", "it-renmin", NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(r.getRevision()).isEqualTo(2);
        r.release("总结（修订）", "措施", "manager", NOW);
        r.archive("it-renmin", NOW, new byte[] {1}, new byte[] {2});
        assertThat(r.getStatus()).isEqualTo(ReportStatus.ARCHIVED);
        assertThat(r.getAcknowledgedBy()).isEqualTo("it-renmin");

        assertThatThrownBy(() -> r.release("改", "改", "manager", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("archived");
        assertThatThrownBy(() -> r.returnWithRemarks("改", "it-renmin", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.archive("it-renmin", NOW, new byte[1], new byte[1]))
                .isInstanceOf(ConflictException.class);
        assertThat(r.getSummary()).isEqualTo("总结（修订）");
        assertThat(r.getArchivedDocx()).containsExactly(1);
    }
}
