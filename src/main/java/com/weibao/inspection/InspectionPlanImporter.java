package com.weibao.inspection;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.Priority;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads inspection plans and their checklist templates from YAML (the format of demo/inspection-plans.yaml),
 * next to the contracts they belong to. Importing again updates plans; inspections already started keep the
 * checklist they started with. A file that does not fit is refused as a whole, naming the plan and item.
 */
@Service
public class InspectionPlanImporter {

    private static final Logger log = LoggerFactory.getLogger(InspectionPlanImporter.class);

    private final ContractService contracts;
    private final InspectionPlanRepository plans;
    private final ChecklistFormPublisher forms;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    InspectionPlanImporter(ContractService contracts, InspectionPlanRepository plans, ChecklistFormPublisher forms) {
        this.contracts = contracts;
        this.plans = plans;
        this.forms = forms;
    }

    @Transactional
    public int importFrom(Resource resource) {
        PlanFile file;
        try (InputStream in = resource.getInputStream()) {
            file = yaml.readValue(in, PlanFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read inspection plans from " + resource, e);
        }
        for (PlanEntry entry : file.plans()) {
            String where = "inspection plan " + entry.contract() + "/" + entry.code() + ": ";
            Contract contract = contracts.find(entry.contract())
                    .orElseThrow(() -> new IllegalArgumentException(where + "unknown contract"));
            InspectionPlan plan = plans.findByContractCodeAndCode(entry.contract(), entry.code())
                    .orElseGet(() -> new InspectionPlan(contract, entry.code()));
            plan.update(entry.name(), entry.frequency(), perYear(entry, where), dayOfPeriod(entry, where),
                    positive(entry.windowWorkingDays(), 10, where + "windowWorkingDays"),
                    nonNegative(entry.remindWorkingDaysBefore(), 2, where + "remindWorkingDaysBefore"),
                    nonNegative(entry.escalateWorkingDaysAfter(), 3, where + "escalateWorkingDaysAfter"),
                    signOff(entry, where), Boolean.TRUE.equals(entry.filledWithUser()), entry.description(),
                    entry.dates() == null ? List.of() : entry.dates());
            plan.replaceItems(items(entry, contract, where));
            forms.publish(plans.save(plan).checklistFormKey(), ChecklistFormSchema.render(plan));
        }
        log.info("Imported {} inspection plans from {}", file.plans().size(), resource.getDescription());
        return file.plans().size();
    }

    private static int perYear(PlanEntry entry, String where) {
        if (entry.frequency() == null) {
            throw new IllegalArgumentException(where + "frequency is required (MONTHLY, QUARTERLY, AGREED_DATES)");
        }
        return switch (entry.frequency()) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case AGREED_DATES -> {
                if (entry.dates() == null || entry.dates().isEmpty()) {
                    throw new IllegalArgumentException(where + "AGREED_DATES needs the agreed dates");
                }
                yield entry.perYear() == null ? entry.dates().size() : positive(entry.perYear(), 0, where + "perYear");
            }
        };
    }

    private static int dayOfPeriod(PlanEntry entry, String where) {
        int day = entry.dayOfPeriod() == null ? 1 : entry.dayOfPeriod();
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException(where + "dayOfPeriod must be 1..31, not " + day);
        }
        return day;
    }

    private static List<Department> signOff(PlanEntry entry, String where) {
        if (entry.signOff() == null || entry.signOff().isEmpty()) {
            throw new IllegalArgumentException(where + "signOff names the departments that sign (IT, CLINICAL)");
        }
        return List.copyOf(new java.util.LinkedHashSet<>(entry.signOff()));
    }

    private static List<ChecklistItem> items(PlanEntry entry, Contract contract, String where) {
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> keys = new HashSet<>();
        if (entry.sections() == null || entry.sections().isEmpty()) {
            throw new IllegalArgumentException(where + "has no checklist sections");
        }
        for (SectionEntry section : entry.sections()) {
            for (ItemEntryYaml item : section.items()) {
                String at = where + "item " + item.code() + ": ";
                if (item.code() == null || item.code().isBlank() || item.code().length() > 32) {
                    throw new IllegalArgumentException(where + "every item needs a code of at most 32 characters");
                }
                if (!codes.add(item.code()) || !keys.add(ChecklistItem.fieldKey(item.code(), ""))) {
                    throw new IllegalArgumentException(at + "the code (or one differing only in punctuation) is used twice");
                }
                if (item.kind() == null || item.name() == null || item.name().isBlank()) {
                    throw new IllegalArgumentException(at + "name and kind are required");
                }
                String system = item.system() != null ? item.system() : section.system();
                if (system != null && contract.findSystem(system).isEmpty()) {
                    throw new IllegalArgumentException(at + "unknown system '" + system + "' of contract "
                            + contract.getCode());
                }
                Threshold threshold = null;
                if (item.threshold() != null) {
                    if (item.kind() != ItemKind.MEASURE) {
                        throw new IllegalArgumentException(at + "only MEASURE items have a threshold");
                    }
                    try {
                        threshold = Threshold.parse(item.threshold());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(at + e.getMessage(), e);
                    }
                }
                items.add(new ChecklistItem(item.code(), section.title(), system, item.name(), item.kind(),
                        item.unit(), threshold, item.level() == null ? Priority.P3 : item.level(), item.hint()));
            }
        }
        return items;
    }

    private static int positive(Integer value, int fallback, String what) {
        int v = value == null ? fallback : value;
        if (v < 1) {
            throw new IllegalArgumentException(what + " must be at least 1");
        }
        return v;
    }

    private static int nonNegative(Integer value, int fallback, String what) {
        int v = value == null ? fallback : value;
        if (v < 0) {
            throw new IllegalArgumentException(what + " must not be negative");
        }
        return v;
    }

    record PlanFile(List<PlanEntry> plans) {
    }

    record PlanEntry(String contract, String code, String name, InspectionFrequency frequency, Integer perYear,
                     Integer dayOfPeriod, List<LocalDate> dates, Integer windowWorkingDays,
                     Integer remindWorkingDaysBefore, Integer escalateWorkingDaysAfter, List<Department> signOff,
                     Boolean filledWithUser, String description, List<SectionEntry> sections) {
    }

    record SectionEntry(String title, String system, List<ItemEntryYaml> items) {
    }

    record ItemEntryYaml(String code, String name, ItemKind kind, String system, String unit, String threshold,
                         Priority level, String hint) {
    }
}
