package com.weibao.change;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An expert panel (专家会诊, seed 003 §7.3.3) on a P1/P2 or repeat-fault case: the question a team lead or service
 * manager puts to several of the vendor's experts, each expert's opinion, and the lead's conclusion, which goes on the
 * case and to the hospital's IT department. ExpertPanelProcess drives it.
 */
@Entity
@Table(name = "expert_panel")
public class ExpertPanel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Column(name = "case_number", nullable = false, length = 32)
    private String caseNumber;

    @Column(name = "contract_code", nullable = false, length = 64)
    private String contractCode;

    @Column(name = "hospital_code", nullable = false, length = 64)
    private String hospitalCode;

    /** Why the case qualifies, in words: 一级故障（P1）, 重复故障. */
    @Column(nullable = false, length = 100)
    private String grounds;

    @Column(nullable = false, length = 4000)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ExpertPanelStatus status;

    @Column(length = 4000)
    private String conclusion;

    @Column(name = "convened_by", nullable = false, length = 100)
    private String convenedBy;

    @Column(name = "convened_at", nullable = false)
    private Instant convenedAt;

    @Column(name = "concluded_by", length = 100)
    private String concludedBy;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Column(name = "informed_at")
    private Instant informedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @OneToMany(mappedBy = "panel", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ExpertOpinion> opinions = new ArrayList<>();

    protected ExpertPanel() {
    }

    ExpertPanel(String caseNumber, String contractCode, String hospitalCode, String grounds, String question,
                List<String> experts, String convenedBy, Instant convenedAt) {
        this.reference = "HZ-" + UUID.randomUUID().toString().substring(0, 8);
        this.caseNumber = caseNumber;
        this.contractCode = contractCode;
        this.hospitalCode = hospitalCode;
        this.grounds = grounds;
        this.question = question;
        this.status = ExpertPanelStatus.COLLECTING_OPINIONS;
        this.convenedBy = convenedBy;
        this.convenedAt = convenedAt;
        experts.forEach(e -> opinions.add(new ExpertOpinion(this, e)));
    }

    void numbered() {
        this.reference = String.format("HZ-%06d", id);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    Optional<ExpertOpinion> opinionOf(String expert) {
        return opinions.stream().filter(o -> o.getExpert().equals(expert)).findFirst();
    }

    /** The expert's opinion; the last one moves the panel on to its conclusion. */
    void give(ExpertOpinion opinion, String text, Instant at) {
        opinion.give(text, at);
        if (opinions.stream().allMatch(ExpertOpinion::isGiven)) {
            status = ExpertPanelStatus.AWAITING_CONCLUSION;
        }
    }

    void conclude(String text, String by, Instant at) {
        this.conclusion = text;
        this.concludedBy = by;
        this.concludedAt = at;
        this.status = ExpertPanelStatus.CONCLUDED;
    }

    void informed(Instant at) {
        this.informedAt = at;
    }

    public List<String> experts() {
        return opinions.stream().map(ExpertOpinion::getExpert).toList();
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getCaseNumber() { return caseNumber; }
    public String getContractCode() { return contractCode; }
    public String getHospitalCode() { return hospitalCode; }
    public String getGrounds() { return grounds; }
    public String getQuestion() { return question; }
    public ExpertPanelStatus getStatus() { return status; }
    public String getConclusion() { return conclusion; }
    public String getConvenedBy() { return convenedBy; }
    public Instant getConvenedAt() { return convenedAt; }
    public String getConcludedBy() { return concludedBy; }
    public Instant getConcludedAt() { return concludedAt; }
    public Instant getInformedAt() { return informedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public List<ExpertOpinion> getOpinions() { return opinions; }
}
