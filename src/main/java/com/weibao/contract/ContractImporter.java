package com.weibao.contract;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.weibao.platform.identity.HospitalDirectory;
import com.weibao.platform.yaml.YamlDocument;
import com.weibao.platform.yaml.YamlFileException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads hospitals and their contracts from a YAML file (the format of demo/contracts.yaml). Importing the
 * same file again updates what changed; covered systems are never deleted, cases refer to them. A file with
 * anything wrong is refused whole, with its line: nothing of it is stored.
 */
@Service
public class ContractImporter {

    private static final Logger log = LoggerFactory.getLogger(ContractImporter.class);
    /** Hospital codes are Camunda tenant ids and part of group ids; contract codes appear in URLs. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern MAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final HospitalRepository hospitals;
    private final ContractRepository contracts;
    private final HospitalDirectory directory;
    private final Map<String, ContractSection> sections = new LinkedHashMap<>();

    public ContractImporter(HospitalRepository hospitals, ContractRepository contracts, HospitalDirectory directory,
                            List<ContractSection> sections) {
        this.hospitals = hospitals;
        this.contracts = contracts;
        this.directory = directory;
        for (ContractSection section : sections) {
            if (ContractEntry.KEYS.contains(section.key()) || this.sections.containsKey(section.key())) {
                throw new IllegalStateException("contract file key '" + section.key() + "' is claimed twice");
            }
            this.sections.put(section.key(), section);
        }
    }

    @Transactional
    public int importFrom(Resource resource) {
        YamlDocument file = YamlDocument.read(resource);
        JsonNode entries = file.root().path("hospitals");
        if (!entries.isArray() || entries.isEmpty()) {
            throw file.error(JsonPointer.compile("/hospitals"), "the file needs a list 'hospitals'");
        }
        Set<String> contractCodes = new HashSet<>();
        int count = 0;
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer at = JsonPointer.compile("/hospitals/" + i);
            Map<JsonPointer, Map<String, JsonNode>> sectionsByContract = takeSections(entries.get(i), at);
            HospitalEntry entry = file.bind(at, entries.get(i), HospitalEntry.class);
            Hospital hospital = importHospital(file, at, entry);
            List<ContractEntry> contractEntries = required(file, at.appendProperty("contracts"), entry.contracts());
            for (int j = 0; j < contractEntries.size(); j++) {
                JsonPointer contractAt = at.appendProperty("contracts").appendIndex(j);
                ContractEntry c = contractEntries.get(j);
                if (!contractCodes.add(code(file, contractAt.appendProperty("code"), c.code()))) {
                    throw file.error(contractAt.appendProperty("code"), "contract '" + c.code() + "' twice in the file");
                }
                Contract contract = importContract(file, contractAt, c, hospital);
                Map<String, JsonNode> own = sectionsByContract.getOrDefault(contractAt, Map.of());
                sections.forEach((key, section) -> {
                    JsonPointer sectionAt = contractAt.appendProperty(key);
                    try {
                        section.imported(contract, new ContractFileSection(file, sectionAt, own.get(key)));
                    } catch (InvalidContractTerms e) {
                        throw located(file, sectionAt, e);
                    }
                });
                count++;
            }
        }
        log.info("Imported {} contracts from {}", count, resource.getDescription());
        return count;
    }

    /** Removes the features' sections from each contract entry, so the core entry binds strictly. */
    private Map<JsonPointer, Map<String, JsonNode>> takeSections(JsonNode hospital, JsonPointer at) {
        Map<JsonPointer, Map<String, JsonNode>> taken = new HashMap<>();
        JsonNode list = hospital.path("contracts");
        for (int j = 0; j < list.size(); j++) {
            if (list.get(j) instanceof ObjectNode contract) {
                Map<String, JsonNode> own = new HashMap<>();
                for (String key : sections.keySet()) {
                    JsonNode section = contract.remove(key);
                    if (section != null) {
                        own.put(key, section);
                    }
                }
                taken.put(at.appendProperty("contracts").appendIndex(j), own);
            }
        }
        return taken;
    }

    private Hospital importHospital(YamlDocument file, JsonPointer at, HospitalEntry entry) {
        String code = code(file, at.appendProperty("code"), entry.code());
        String name = text(file, at.appendProperty("name"), entry.name());
        Contact contact = entry.contact() == null ? new Contact(null, null, null) : entry.contact();
        Hospital hospital = hospitals.findByCode(code).orElseGet(() -> new Hospital(code, name));
        hospital.updateDetails(name, contact.name(), contact.phone(), contact.email());
        hospital = hospitals.save(hospital);
        directory.hospitalRegistered(hospital.getCode(), hospital.getName());
        return hospital;
    }

    private Contract importContract(YamlDocument file, JsonPointer at, ContractEntry c, Hospital hospital) {
        Contract contract = contracts.findByCode(c.code()).orElseGet(() -> new Contract(c.code(), hospital));
        if (!contract.getHospital().getCode().equals(hospital.getCode())) {
            throw file.error(at.appendProperty("code"), "contract '" + c.code() + "' belongs to hospital '"
                    + contract.getHospital().getCode() + "', not '" + hospital.getCode() + "'");
        }
        if (c.start() != null && c.end() != null && c.end().isBefore(c.start())) {
            throw file.error(at.appendProperty("end"), "the contract ends (" + c.end() + ") before it starts ("
                    + c.start() + ")");
        }
        required(file, at.appendProperty("engineerGroups"), c.engineerGroups());
        try {
            contract.updateTerms(text(file, at.appendProperty("name"), c.name()), c.start(), c.end(),
                    c.serviceWindow(), c.engineerGroups());
            List<SystemEntry> systems = required(file, at.appendProperty("systems"), c.systems());
            for (int k = 0; k < systems.size(); k++) {
                SystemEntry s = systems.get(k);
                JsonPointer systemAt = at.appendProperty("systems").appendIndex(k);
                contract.putSystem(code(file, systemAt.appendProperty("code"), s.code()),
                        text(file, systemAt.appendProperty("name"), s.name()),
                        present(file, systemAt.appendProperty("kind"), s.kind()));
            }
            List<LevelEntry> levels = required(file, at.appendProperty("faultLevels"), c.faultLevels());
            contract.replaceFaultLevels(levels.stream().map(l -> new FaultLevelDefinition(l.priority(), l.name(),
                    l.definition(), l.handling())).toList());
            contract.replaceSla(
                    c.serviceWindows() == null ? List.of() : c.serviceWindows().stream()
                            .map(w -> new ServiceWindowDefinition(w.name(), w.days(), w.hours(), w.description()))
                            .toList(),
                    c.slaTargets() == null ? List.of() : c.slaTargets().stream().map(ContractImporter::target).toList(),
                    c.serviceDeskWindow(),
                    c.repeatRule() == null ? null : c.repeatRule().count(),
                    c.repeatRule() == null ? null : c.repeatRule().withinDays());
            MailSenders mail = c.mail() == null ? new MailSenders(List.of(), List.of(), List.of()) : c.mail();
            List<String> addresses = mailAddresses(mail.addresses(), "/mail/addresses/");
            List<String> alerts = mailAddresses(mail.alerts(), "/mail/alerts/");
            contract.replaceMailSenders(addresses, mail.domains() == null ? List.of() : mail.domains(), alerts);
        } catch (InvalidContractTerms e) {
            throw located(file, at, e);
        }
        return contracts.save(contract);
    }

    private static List<String> mailAddresses(List<String> listed, String pointer) {
        List<String> addresses = listed == null ? List.of() : listed;
        for (int k = 0; k < addresses.size(); k++) {
            if (addresses.get(k) == null || !MAIL_ADDRESS.matcher(addresses.get(k).strip()).matches()) {
                throw new InvalidContractTerms(pointer + k, "'" + addresses.get(k) + "' is not an e-mail address");
            }
        }
        return addresses;
    }

    private static YamlFileException located(YamlDocument file, JsonPointer entry, InvalidContractTerms e) {
        return file.error(entry.append(JsonPointer.compile(e.path())), e.getMessage());
    }

    private static String code(YamlDocument file, JsonPointer at, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw file.error(at, code == null ? "a code is required"
                    : "'" + code + "' is not a code: lower-case letters, digits and hyphens, at most 64");
        }
        return code;
    }

    private static String text(YamlDocument file, JsonPointer at, String text) {
        if (text == null || text.isBlank()) {
            throw file.error(at, "required");
        }
        return text;
    }

    private static <T> T present(YamlDocument file, JsonPointer at, T value) {
        if (value == null) {
            throw file.error(at, "required");
        }
        return value;
    }

    private static <T> List<T> required(YamlDocument file, JsonPointer at, List<T> list) {
        if (list == null || list.isEmpty()) {
            throw file.error(at, "needs at least one entry");
        }
        return list;
    }

    private static SlaTargetDefinition target(TargetEntry t) {
        return new SlaTargetDefinition(t.code(), t.kind(), t.priorities(),
                t.category() == null ? Category.FAULT : t.category(), t.duration(), t.clock(), t.window(),
                t.trigger() == null ? SlaTrigger.REPORTED : t.trigger(), t.warningRatio(), t.description());
    }

    record HospitalEntry(String code, String name, Contact contact, List<ContractEntry> contracts) {
    }

    record Contact(String name, String phone, String email) {
    }

    record ContractEntry(String code, String name, String seed, LocalDate start, LocalDate end, String serviceWindow,
                         List<String> engineerGroups, List<SystemEntry> systems, List<LevelEntry> faultLevels,
                         List<WindowEntry> serviceWindows, String serviceDeskWindow, List<TargetEntry> slaTargets,
                         RepeatRule repeatRule, MailSenders mail) {

        /** The keys of the core entry, which no feature's section may claim. */
        static final Set<String> KEYS = Set.of("code", "name", "seed", "start", "end", "serviceWindow",
                "engineerGroups", "systems", "faultLevels", "serviceWindows", "serviceDeskWindow", "slaTargets",
                "repeatRule", "mail");
    }

    record WindowEntry(String name, DaySelector days, String hours, String description) {
    }

    /** Category defaults to FAULT, trigger to REPORTED, priorities to every level. */
    record TargetEntry(String code, SlaKind kind, Set<Priority> priorities, Category category, String duration,
                       SlaClock clock, String window, SlaTrigger trigger, Double warningRatio, String description) {
    }

    record RepeatRule(Integer count, Integer withinDays) {
    }

    /** Who writes to the support address for this contract: known addresses and whole domains. */
    /** Who mails about the contract: addresses and domains of its people, and its monitoring systems (alerts). */
    record MailSenders(List<String> addresses, List<String> domains, List<String> alerts) {
    }

    record SystemEntry(String code, String name, SystemKind kind) {
    }

    record LevelEntry(Priority priority, String name, String definition, String handling) {
    }
}
