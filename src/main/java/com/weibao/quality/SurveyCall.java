package com.weibao.quality;

import com.weibao.cases.Satisfaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One department of a survey called by the callback team: reached or not, 优/良/差, comments and suggestions. Its
 * Tasklist task is bound to it when the task is created ({@code task_id}); the completion finds it by that id.
 */
@Entity
@Table(name = "quality_survey_call")
class SurveyCall {

    static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String department;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(nullable = false, length = 32)
    private String phone;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private SurveyCallOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Satisfaction rating;

    @Column(name = "comment_text", length = TEXT_MAX)
    private String comment;

    @Column(length = TEXT_MAX)
    private String suggestions;

    @Column(name = "called_by", length = 64)
    private String calledBy;

    @Column(name = "called_at")
    private Instant calledAt;

    protected SurveyCall() {
    }

    SurveyCall(Long surveyId, int position, SurveyDepartment department) {
        this.surveyId = surveyId;
        this.position = position;
        this.department = department.name();
        this.contactName = department.contact();
        this.phone = department.phone();
    }

    void boundTo(String taskId) {
        this.taskId = taskId;
    }

    void recorded(SurveyCallOutcome outcome, Satisfaction rating, String comment, String suggestions, String by,
                  Instant at) {
        this.outcome = outcome;
        this.rating = rating;
        this.comment = comment;
        this.suggestions = suggestions;
        this.calledBy = by;
        this.calledAt = at;
    }

    Long getId() { return id; }
    Long getSurveyId() { return surveyId; }
    int getPosition() { return position; }
    String getDepartment() { return department; }
    String getContactName() { return contactName; }
    String getPhone() { return phone; }
    String getTaskId() { return taskId; }
    SurveyCallOutcome getOutcome() { return outcome; }
    Satisfaction getRating() { return rating; }
    String getComment() { return comment; }
    String getSuggestions() { return suggestions; }
    String getCalledBy() { return calledBy; }
    Instant getCalledAt() { return calledAt; }
}
