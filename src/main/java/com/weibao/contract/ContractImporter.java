package com.weibao.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads hospitals and their contracts from a YAML file (the format of demo/contracts.yaml). Importing the
 * same file again updates what changed; covered systems are never deleted, cases refer to them.
 */
@Service
public class ContractImporter {

    private static final Logger log = LoggerFactory.getLogger(ContractImporter.class);

    private final HospitalRepository hospitals;
    private final ContractRepository contracts;
    private final HospitalDirectory directory;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ContractImporter(HospitalRepository hospitals, ContractRepository contracts, HospitalDirectory directory) {
        this.hospitals = hospitals;
        this.contracts = contracts;
        this.directory = directory;
    }

    @Transactional
    public int importFrom(Resource resource) {
        ContractFile file;
        try (InputStream in = resource.getInputStream()) {
            file = yaml.readValue(in, ContractFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read contracts from " + resource, e);
        }
        int count = 0;
        for (HospitalEntry entry : file.hospitals()) {
            Hospital hospital = hospitals.findByCode(entry.code()).orElseGet(() -> new Hospital(entry.code(), entry.name()));
            Contact contact = entry.contact() == null ? new Contact(null, null, null) : entry.contact();
            hospital.updateDetails(entry.name(), contact.name(), contact.phone(), contact.email());
            hospital = hospitals.save(hospital);
            directory.hospitalRegistered(hospital);
            for (ContractEntry c : entry.contracts()) {
                Contract contract = contracts.findByCode(c.code()).orElse(new Contract(c.code(), hospital));
                contract.updateTerms(c.name(), c.start(), c.end(), c.serviceWindow(), c.engineerGroups());
                c.systems().forEach(s -> contract.putSystem(s.code(), s.name(), s.kind()));
                contract.replaceFaultLevels(c.faultLevels().stream()
                        .map(l -> new FaultLevelDefinition(l.priority(), l.name(), l.definition(), l.handling()))
                        .toList());
                contract.replaceSla(
                        c.serviceWindows() == null ? List.of() : c.serviceWindows().stream()
                                .map(w -> new ServiceWindowDefinition(w.name(), w.days(), w.hours(), w.description()))
                                .toList(),
                        c.slaTargets() == null ? List.of() : c.slaTargets().stream().map(ContractImporter::target).toList(),
                        c.serviceDeskWindow(),
                        c.repeatRule() == null ? null : c.repeatRule().count(),
                        c.repeatRule() == null ? null : c.repeatRule().withinDays());
                MailSenders mail = c.mail() == null ? new MailSenders(List.of(), List.of()) : c.mail();
                contract.replaceMailSenders(mail.addresses() == null ? List.of() : mail.addresses(),
                        mail.domains() == null ? List.of() : mail.domains());
                contracts.save(contract);
                count++;
            }
        }
        log.info("Imported {} contracts from {}", count, resource.getDescription());
        return count;
    }

    record ContractFile(List<HospitalEntry> hospitals) {
    }

    record HospitalEntry(String code, String name, Contact contact, List<ContractEntry> contracts) {
    }

    record Contact(String name, String phone, String email) {
    }

    record ContractEntry(String code, String name, String seed, LocalDate start, LocalDate end, String serviceWindow,
                         List<String> engineerGroups, List<SystemEntry> systems, List<LevelEntry> faultLevels,
                         List<WindowEntry> serviceWindows, String serviceDeskWindow, List<TargetEntry> slaTargets,
                         RepeatRule repeatRule, MailSenders mail) {
    }

    record WindowEntry(String name, DaySelector days, String hours, String description) {
    }

    /** Category defaults to FAULT, trigger to REPORTED, priorities to every level. */
    record TargetEntry(String code, SlaKind kind, Set<Priority> priorities, Category category, String duration,
                       SlaClock clock, String window, SlaTrigger trigger, Double warningRatio, String description) {
    }

    record RepeatRule(Integer count, Integer withinDays) {
    }

    private static SlaTargetDefinition target(TargetEntry t) {
        return new SlaTargetDefinition(t.code(), t.kind(), t.priorities(),
                t.category() == null ? Category.FAULT : t.category(), t.duration(), t.clock(), t.window(),
                t.trigger() == null ? SlaTrigger.REPORTED : t.trigger(), t.warningRatio(), t.description());
    }

    /** Who writes to the support address for this contract: known addresses and whole domains. */
    record MailSenders(List<String> addresses, List<String> domains) {
    }

    record SystemEntry(String code, String name, SystemKind kind) {
    }

    record LevelEntry(Priority priority, String name, String definition, String handling) {
    }
}
