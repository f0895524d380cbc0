package com.weibao.contract;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.NaturalId;

/** A maintenance contract (维保合同) between the vendor and one hospital. */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hospital_id")
    private Hospital hospital;

    @Column(nullable = false)
    private String name;

    private LocalDate startDate;
    private LocalDate endDate;

    /** The contract's service window in its own words, e.g. "7×24" or "工作日 09:00–18:00". */
    @Column(length = 500)
    private String serviceWindow;

    /** Comma-separated Camunda groups whose engineers work this contract's cases. */
    @Column(nullable = false)
    private String engineerGroups;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("code")
    private List<CoveredSystem> systems = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contract_fault_level", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderBy("priority")
    private List<FaultLevelDefinition> faultLevels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contract_service_window", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderBy("name")
    private List<ServiceWindowDefinition> serviceWindows = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contract_sla_target", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderBy("code")
    private List<SlaTargetDefinition> slaTargets = new ArrayList<>();

    /** The window in which the service desk answers (e.g. the hotline's hours); none means around the clock. */
    @Column(name = "desk_window", length = 64)
    private String deskWindow;

    /** Seed 003's repeat rule: the n-th case within so many days for one system and fault type is raised to P1. */
    private Integer repeatCount;
    private Integer repeatWithinDays;
    /** Sender addresses whose mail belongs to this contract (lower case), e.g. the hospital IT department's. */
    @ElementCollection
    @CollectionTable(name = "contract_mail_address", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "address", length = 320)
    private Set<String> mailAddresses = new HashSet<>();

    /**
     * Senders among the mail addresses that are monitoring systems (lower case): their mails are alerts, a repeated
     * alert is a note on its open case and none gets an acknowledgement.
     */
    @ElementCollection
    @CollectionTable(name = "contract_alert_address", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "address", length = 320)
    private Set<String> alertAddresses = new HashSet<>();

    /** Sender domains whose mail belongs to this contract (lower case; subdomains too). */
    @ElementCollection
    @CollectionTable(name = "contract_mail_domain", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "domain", length = 255)
    private Set<String> mailDomains = new HashSet<>();

    protected Contract() {
    }

    public Contract(String code, Hospital hospital) {
        this.code = code;
        this.hospital = hospital;
    }

    public void updateTerms(String name, LocalDate startDate, LocalDate endDate, String serviceWindow,
                            List<String> engineerGroups) {
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.serviceWindow = serviceWindow;
        this.engineerGroups = String.join(",", engineerGroups);
    }

    public void replaceFaultLevels(List<FaultLevelDefinition> levels) {
        Set<Priority> seen = EnumSet.noneOf(Priority.class);
        for (int i = 0; i < levels.size(); i++) {
            FaultLevelDefinition level = levels.get(i);
            String at = "/faultLevels/" + i;
            if (level.getPriority() == null) {
                throw new InvalidContractTerms(at + "/priority", "a fault level needs its priority (P1-P4)");
            }
            if (!seen.add(level.getPriority())) {
                throw new InvalidContractTerms(at + "/priority", "fault level " + level.getPriority() + " twice");
            }
            if (blank(level.getName()) || blank(level.getDefinition())) {
                throw new InvalidContractTerms(at, "fault level " + level.getPriority() + " needs a name and a definition");
            }
        }
        faultLevels.clear();
        faultLevels.addAll(levels);
    }

    /**
     * The contract's promises: named service windows and SLA targets, checked to fit together, and the repeat
     * rule (null to switch it off). What does not fit is refused with its place in the contract's terms.
     */
    public void replaceSla(List<ServiceWindowDefinition> windows, List<SlaTargetDefinition> targets,
                           String serviceDeskWindow, Integer repeatAfterCount, Integer repeatWithin) {
        Set<String> windowNames = new HashSet<>();
        for (int i = 0; i < windows.size(); i++) {
            ServiceWindowDefinition window = windows.get(i);
            String at = "/serviceWindows/" + i;
            if (blank(window.getName()) || !windowNames.add(window.getName())) {
                throw new InvalidContractTerms(at + "/name", "each service window needs a name of its own");
            }
            if (window.getDays() == null || blank(window.getHours())) {
                throw new InvalidContractTerms(at, "service window '" + window.getName() + "' needs days and hours");
            }
            try {
                window.window();
            } catch (IllegalArgumentException e) {
                throw new InvalidContractTerms(at + "/hours", e.getMessage());
            }
        }
        if (serviceDeskWindow != null && !windowNames.contains(serviceDeskWindow)) {
            throw new InvalidContractTerms("/serviceDeskWindow", "the service desk window '" + serviceDeskWindow
                    + "' is not one of the contract's windows");
        }
        Set<String> targetCodes = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            checkTarget(targets.get(i), "/slaTargets/" + i, windowNames, targetCodes);
        }
        if ((repeatAfterCount == null) != (repeatWithin == null)) {
            throw new InvalidContractTerms("/repeatRule", "the repeat rule needs both count and withinDays");
        }
        if (repeatAfterCount != null && (repeatAfterCount < 2 || repeatWithin < 1)) {
            throw new InvalidContractTerms("/repeatRule", "the repeat rule needs a count of at least 2 within at "
                    + "least 1 day");
        }
        serviceWindows.clear();
        serviceWindows.addAll(windows);
        slaTargets.clear();
        slaTargets.addAll(targets);
        this.deskWindow = serviceDeskWindow;
        this.repeatCount = repeatAfterCount;
        this.repeatWithinDays = repeatWithin;
    }

    private static void checkTarget(SlaTargetDefinition target, String at, Set<String> windowNames,
                                    Set<String> codes) {
        if (blank(target.getCode()) || !codes.add(target.getCode())) {
            throw new InvalidContractTerms(at + "/code", "each SLA target needs a code of its own");
        }
        if (target.getKind() == null || target.getClock() == null) {
            throw new InvalidContractTerms(at, "SLA target " + target.getCode() + " needs a kind and a clock");
        }
        if (blank(target.getDescription())) {
            throw new InvalidContractTerms(at + "/description", "SLA target " + target.getCode()
                    + " needs a description (people read it)");
        }
        boolean needsWindow = target.getClock() == SlaClock.BUSINESS_HOURS || target.getClock() == SlaClock.NEXT_OPENING;
        if (needsWindow && !windowNames.contains(target.getWindow())) {
            throw new InvalidContractTerms(at + "/window", "SLA target " + target.getCode()
                    + " needs a service window, '" + target.getWindow() + "' is not one of the contract's");
        }
        if (target.getClock() != SlaClock.NEXT_OPENING) {
            Duration duration;
            try {
                duration = target.durationValue();
            } catch (DateTimeParseException e) {
                throw new InvalidContractTerms(at + "/duration", "SLA target " + target.getCode()
                        + " has no valid ISO-8601 duration ('" + target.getDuration() + "')");
            }
            if (duration.isZero() || duration.isNegative()) {
                throw new InvalidContractTerms(at + "/duration", "SLA target " + target.getCode()
                        + " needs a positive duration");
            }
        }
        if (target.getWarningRatio() != null && (target.getWarningRatio() <= 0 || target.getWarningRatio() >= 1)) {
            throw new InvalidContractTerms(at + "/warningRatio", "SLA target " + target.getCode()
                    + ": the warning ratio is a share between 0 and 1, e.g. 0.75");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Optional<ServiceWindowDefinition> serviceWindow(String name) {
        return serviceWindows.stream().filter(w -> w.getName().equals(name)).findFirst();
    }

    /** Adds the system or updates the one with the same code; systems are never removed, cases refer to them. */
    public CoveredSystem putSystem(String systemCode, String systemName, SystemKind kind) {
        Optional<CoveredSystem> existing = findSystem(systemCode);
        if (existing.isPresent()) {
            existing.get().update(systemName, kind);
            return existing.get();
        }
        CoveredSystem system = new CoveredSystem(this, systemCode, systemName, kind);
        systems.add(system);
        return system;
    }

    public void replaceMailSenders(Collection<String> addresses, Collection<String> domains,
                                   Collection<String> alerts) {
        mailAddresses.clear();
        addresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).forEach(mailAddresses::add);
        alertAddresses.clear();
        alerts.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).forEach(alertAddresses::add);
        mailAddresses.addAll(alertAddresses);
        mailDomains.clear();
        domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).map(d -> d.startsWith("@") ? d.substring(1) : d)
                .forEach(mailDomains::add);
    }

    /** Whether mail from this (lower-case) address belongs to the contract: a known address, or a known domain. */
    public boolean knowsMailAddress(String address) {
        return mailAddresses.contains(address);
    }

    /** Whether mail from this (lower-case) address is a monitoring system's alert. */
    public boolean isAlertSource(String address) {
        return alertAddresses.contains(address);
    }

    public boolean knowsMailDomain(String domain) {
        return mailDomains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }

    public Optional<CoveredSystem> findSystem(String systemCode) {
        return systems.stream().filter(s -> s.getCode().equals(systemCode)).findFirst();
    }

    public Optional<FaultLevelDefinition> faultLevel(Priority priority) {
        return faultLevels.stream().filter(l -> l.getPriority() == priority).findFirst();
    }

    public List<String> engineerGroupList() {
        return Arrays.stream(engineerGroups.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public Hospital getHospital() { return hospital; }
    public String getName() { return name; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getServiceWindow() { return serviceWindow; }
    public List<CoveredSystem> getSystems() { return systems; }
    public List<FaultLevelDefinition> getFaultLevels() { return faultLevels; }
    public List<ServiceWindowDefinition> getServiceWindows() { return serviceWindows; }
    public List<SlaTargetDefinition> getSlaTargets() { return slaTargets; }
    public String getDeskWindow() { return deskWindow; }
    public Integer getRepeatCount() { return repeatCount; }
    public Integer getRepeatWithinDays() { return repeatWithinDays; }
    public Set<String> getMailAddresses() { return mailAddresses; }
    public Set<String> getMailDomains() { return mailDomains; }
    public Set<String> getAlertAddresses() { return alertAddresses; }
}
