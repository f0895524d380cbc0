package com.weibao.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonPointer;
import com.weibao.contract.SlaKind;
import com.weibao.platform.yaml.YamlDocument;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The criteria of each contract's maintenance assessment (维保考核) as data ({@code report/assessment.yaml}): what
 * each counts, its weight (per cent, together 100) and the periods the assessment is made for. Read once at start;
 * a file whose weights do not add up to 100 stops the application with the file and the contract named.
 */
@Component
public class AssessmentCriteria {

    /** What a criterion counts; docs/reports.md says how each is scored. */
    public enum Measure {
        SLA_ON_TIME, INSPECTIONS_SIGNED, REPORTS_ACKNOWLEDGED, SATISFACTION, COMPLAINTS
    }

    /** One criterion: {@code slaKind} narrows SLA_ON_TIME to one target kind (all kinds when absent). */
    public record Criterion(String code, String name, Measure measure, int weight, SlaKind slaKind) {
    }

    /** A contract's assessment: the periods it is made for and its criteria. */
    public record Definition(List<ReportPeriod.Kind> periods, List<Criterion> criteria) {
    }

    record File(@JsonProperty("default") Definition defaults, Map<String, Definition> contracts) {

        File {
            contracts = contracts == null ? Map.of() : contracts;
        }
    }

    private final File file;

    AssessmentCriteria() {
        this(YamlDocument.read(new ClassPathResource("report/assessment.yaml")));
    }

    AssessmentCriteria(YamlDocument yaml) {
        this.file = yaml.bind(JsonPointer.empty(), yaml.root(), File.class);
        check(yaml, "/default", file.defaults());
        file.contracts().forEach((code, d) -> check(yaml, "/contracts/" + code, d));
    }

    /** The contract's definition, or the default one. */
    public Definition of(String contractCode) {
        return file.contracts().getOrDefault(contractCode, file.defaults());
    }

    private static void check(YamlDocument yaml, String path, Definition d) {
        JsonPointer at = JsonPointer.compile(path);
        if (d == null || d.criteria() == null || d.criteria().isEmpty() || d.periods() == null
                || d.periods().isEmpty()) {
            throw yaml.error(at, "needs periods and criteria");
        }
        int sum = d.criteria().stream().mapToInt(Criterion::weight).sum();
        if (sum != 100 || d.criteria().stream().anyMatch(c -> c.weight() <= 0)) {
            throw yaml.error(at, "weights must be positive and add up to 100 (they add up to " + sum + ")");
        }
        if (d.periods().contains(ReportPeriod.Kind.MONTH)) {
            throw yaml.error(at, "an assessment is made per quarter or year, not per month");
        }
    }
}
