package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.branch.Branch;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One filled questionnaire: the respondent profile of the SKM regulation and at least one complete part: the IKM part
 * (all nine elements U1..U9, 1..4) or the Rogers part (overall satisfaction 1..5, with any of the five Rogers items
 * 1..5, each counted only where answered). Channel, "uses JMO", the Rogers items, overall satisfaction and the
 * recommend score (0..10) are not in the regulation's questionnaire and may be blank for imported plain SKM data; the
 * public survey asks for them all ({@link PublicForm}).
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    /** Validation group of the public survey form, which asks for every field of our own questionnaire. */
    public interface PublicForm {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotNull
    @PastOrPresent
    @Column(name = "submitted_at", nullable = false)
    // set by PublicSurveyService or the import (branch-local time)
    private LocalDateTime submittedAt;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private @Nullable Branch branch;

    @NotNull(groups = PublicForm.class)
    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    private @Nullable SurveyChannel channel = SurveyChannel.JMO;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false)
    private Gender gender = Gender.L;

    @Min(value = 15, message = "{jmo.min}")
    @Max(value = 100, message = "{jmo.max}")
    @Column(name = "age", nullable = false)
    private int age = 30;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "education", nullable = false)
    private Education education = Education.SMA;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "occupation", nullable = false)
    private Occupation occupation = Occupation.SWASTA;

    @NotNull(groups = PublicForm.class)
    @Column(name = "uses_jmo")
    private @Nullable Boolean usesJmo = true;

    @Likert
    @NotNull(groups = PublicForm.class)
    @Column(name = "score_relative_advantage")
    private @Nullable Integer scoreRelativeAdvantage = 3;

    @Likert
    @NotNull(groups = PublicForm.class)
    @Column(name = "score_compatibility")
    private @Nullable Integer scoreCompatibility = 3;

    @Likert
    @NotNull(groups = PublicForm.class)
    @Column(name = "score_complexity")
    private @Nullable Integer scoreComplexity = 3;

    @Likert
    @NotNull(groups = PublicForm.class)
    @Column(name = "score_trialability")
    private @Nullable Integer scoreTrialability = 3;

    @Likert
    @NotNull(groups = PublicForm.class)
    @Column(name = "score_observability")
    private @Nullable Integer scoreObservability = 3;

    @Likert
    @NotNull(groups = PublicForm.class)
    @Column(name = "overall_satisfaction")
    private @Nullable Integer overallSatisfaction = 3;

    @Min(value = 0, message = "{jmo.min}")
    @Max(value = 10, message = "{jmo.max}")
    @Column(name = "recommend_score")
    private @Nullable Integer recommendScore;

    @IkmAnswer
    @Column(name = "u1")
    private @Nullable Integer u1;

    @IkmAnswer
    @Column(name = "u2")
    private @Nullable Integer u2;

    @IkmAnswer
    @Column(name = "u3")
    private @Nullable Integer u3;

    @IkmAnswer
    @Column(name = "u4")
    private @Nullable Integer u4;

    @IkmAnswer
    @Column(name = "u5")
    private @Nullable Integer u5;

    @IkmAnswer
    @Column(name = "u6")
    private @Nullable Integer u6;

    @IkmAnswer
    @Column(name = "u7")
    private @Nullable Integer u7;

    @IkmAnswer
    @Column(name = "u8")
    private @Nullable Integer u8;

    @IkmAnswer
    @Column(name = "u9")
    private @Nullable Integer u9;

    @Size(max = 2000)
    @Column(name = "comment")
    private @Nullable String comment;

    public SurveyResponse() {
    }

    /** The IKM answers are all given or all left out: a half-filled IKM block cannot be scored. */
    @AssertTrue(message = "{jmo.survey.ikmComplete}")
    boolean isIkmComplete() {
        var answers = ikmAnswers();
        long filled = Arrays.stream(answers).filter(Objects::nonNull).count();
        return filled == 0 || filled == answers.length;
    }

    /** A response holds the complete IKM part or the Rogers part (overall satisfaction); else it says nothing. */
    @AssertTrue(message = "{jmo.survey.onePart}")
    boolean isOnePartComplete() {
        return u1 != null || overallSatisfaction != null;
    }

    /** A Rogers item is read against overall satisfaction (its importance), so it never stands without it. */
    @AssertTrue(message = "{jmo.survey.rogersWithOverall}")
    boolean isRogersWithOverall() {
        return overallSatisfaction != null || java.util.Arrays.stream(RogersAttribute.values()).allMatch(
                a -> score(a) == null);
    }

    public @Nullable Integer[] ikmAnswers() {
        return new @Nullable Integer[] {u1, u2, u3, u4, u5, u6, u7, u8, u9};
    }

    public void setIkmAnswers(int... answers) {
        if (answers.length != 9) {
            throw new IllegalArgumentException("IKM has exactly nine elements, got " + answers.length);
        }
        u1 = answers[0]; u2 = answers[1]; u3 = answers[2]; u4 = answers[3]; u5 = answers[4];
        u6 = answers[5]; u7 = answers[6]; u8 = answers[7]; u9 = answers[8];
    }

    /** Sets the answer to IKM element {@code element} (1..9), null for unanswered. */
    public void setIkmAnswer(int element, @Nullable Integer answer) {
        switch (element) {
            case 1 -> u1 = answer;
            case 2 -> u2 = answer;
            case 3 -> u3 = answer;
            case 4 -> u4 = answer;
            case 5 -> u5 = answer;
            case 6 -> u6 = answer;
            case 7 -> u7 = answer;
            case 8 -> u8 = answer;
            case 9 -> u9 = answer;
            default -> throw new IllegalArgumentException("IKM elements are U1..U9, got " + element);
        }
    }

    /** The attribute's item, or null when the response does not answer it. */
    public @Nullable Integer score(RogersAttribute attribute) {
        return switch (attribute) {
            case RELATIVE_ADVANTAGE -> scoreRelativeAdvantage;
            case COMPATIBILITY -> scoreCompatibility;
            case COMPLEXITY -> scoreComplexity;
            case TRIALABILITY -> scoreTrialability;
            case OBSERVABILITY -> scoreObservability;
        };
    }

    public void setScore(RogersAttribute attribute, @Nullable Integer score) {
        switch (attribute) {
            case RELATIVE_ADVANTAGE -> scoreRelativeAdvantage = score;
            case COMPATIBILITY -> scoreCompatibility = score;
            case COMPLEXITY -> scoreComplexity = score;
            case TRIALABILITY -> scoreTrialability = score;
            case OBSERVABILITY -> scoreObservability = score;
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(LocalDateTime submittedAt) {
        this.submittedAt = submittedAt;
    }

    public @Nullable Branch getBranch() {
        return branch;
    }

    public void setBranch(@Nullable Branch branch) {
        this.branch = branch;
    }

    /** How the respondent was served; null when the imported file does not say. */
    public @Nullable SurveyChannel getChannel() {
        return channel;
    }

    public void setChannel(@Nullable SurveyChannel channel) {
        this.channel = channel;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public int getAge() {
        return age;
    }

    public void setAge(int age) {
        this.age = age;
    }

    public Education getEducation() {
        return education;
    }

    public void setEducation(Education education) {
        this.education = education;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public void setOccupation(Occupation occupation) {
        this.occupation = occupation;
    }

    public @Nullable Boolean getUsesJmo() {
        return usesJmo;
    }

    public void setUsesJmo(@Nullable Boolean usesJmo) {
        this.usesJmo = usesJmo;
    }

    public @Nullable Integer getScoreRelativeAdvantage() {
        return scoreRelativeAdvantage;
    }

    public void setScoreRelativeAdvantage(@Nullable Integer scoreRelativeAdvantage) {
        this.scoreRelativeAdvantage = scoreRelativeAdvantage;
    }

    public @Nullable Integer getScoreCompatibility() {
        return scoreCompatibility;
    }

    public void setScoreCompatibility(@Nullable Integer scoreCompatibility) {
        this.scoreCompatibility = scoreCompatibility;
    }

    public @Nullable Integer getScoreComplexity() {
        return scoreComplexity;
    }

    public void setScoreComplexity(@Nullable Integer scoreComplexity) {
        this.scoreComplexity = scoreComplexity;
    }

    public @Nullable Integer getScoreTrialability() {
        return scoreTrialability;
    }

    public void setScoreTrialability(@Nullable Integer scoreTrialability) {
        this.scoreTrialability = scoreTrialability;
    }

    public @Nullable Integer getScoreObservability() {
        return scoreObservability;
    }

    public void setScoreObservability(@Nullable Integer scoreObservability) {
        this.scoreObservability = scoreObservability;
    }

    public @Nullable Integer getOverallSatisfaction() {
        return overallSatisfaction;
    }

    public void setOverallSatisfaction(@Nullable Integer overallSatisfaction) {
        this.overallSatisfaction = overallSatisfaction;
    }

    public @Nullable Integer getRecommendScore() {
        return recommendScore;
    }

    public void setRecommendScore(@Nullable Integer recommendScore) {
        this.recommendScore = recommendScore;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public void setComment(@Nullable String comment) {
        this.comment = comment;
    }

}
