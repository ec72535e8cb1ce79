package id.bpjs.jmo.coding;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** An excerpt from an interview, an observation or a document, coded to a Rogers attribute and a sentiment. */
@Entity
@Table(name = "qualitative_note")
public class CodedExcerpt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 12)
    private SourceType sourceType = SourceType.INTERVIEW;

    /** Pseudonymous code of the informant (e.g. P-07), never a name. */
    @NotBlank
    @Size(max = 16)
    @Column(name = "informant_code", nullable = false, length = 16)
    private String informantCode = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "informant_role", nullable = false, length = 12)
    private InformantRole informantRole = InformantRole.PARTICIPANT;

    @NotNull
    @PastOrPresent
    @Column(name = "noted_on", nullable = false)
    // set by the coding form or CodedExcerpts (the branch's today)
    private LocalDate notedOn;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private @Nullable Branch branch;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RogersAttribute attribute = RogersAttribute.COMPATIBILITY;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Sentiment sentiment = Sentiment.NEUTRAL;

    @NotBlank
    @Size(max = 4000)
    @Column(name = "body", nullable = false, length = 4000)
    private String text = "";

    /** Comma-separated tags, e.g. "eror,klaim". */
    @Size(max = 500)
    @Column(length = 500)
    private @Nullable String tags;

    /** {@code SURVEY:<id>} or {@code COMPLAINT:<ticket>} when the text came from the coding queue. */
    @Size(max = 40)
    @Column(name = "source_ref", length = 40)
    private @Nullable String sourceRef;

    /** What the keyword rules suggested when the excerpt was coded; null when it was coded before rules existed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_attribute", length = 24)
    private @Nullable RogersAttribute suggestedAttribute;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_sentiment", length = 8)
    private @Nullable Sentiment suggestedSentiment;

    @Size(max = 64)
    @Column(name = "coded_by", length = 64)
    private @Nullable String codedBy;

    @Column(name = "coded_at")
    private @Nullable LocalDateTime codedAt;

    public CodedExcerpt() {
    }

    public @Nullable String getSourceRef() {
        return sourceRef;
    }

    public void setSourceRef(@Nullable String sourceRef) {
        this.sourceRef = sourceRef;
    }

    public @Nullable RogersAttribute getSuggestedAttribute() {
        return suggestedAttribute;
    }

    public void setSuggestedAttribute(@Nullable RogersAttribute suggestedAttribute) {
        this.suggestedAttribute = suggestedAttribute;
    }

    public @Nullable Sentiment getSuggestedSentiment() {
        return suggestedSentiment;
    }

    public void setSuggestedSentiment(@Nullable Sentiment suggestedSentiment) {
        this.suggestedSentiment = suggestedSentiment;
    }

    public @Nullable String getCodedBy() {
        return codedBy;
    }

    public @Nullable LocalDateTime getCodedAt() {
        return codedAt;
    }

    void markCoded(String username, LocalDateTime at) {
        this.codedBy = username;
        this.codedAt = at;
    }

    /** The coder kept the suggested attribute (null when nothing was suggested). */
    public @Nullable Boolean attributeAccepted() {
        return suggestedAttribute == null ? null : suggestedAttribute == attribute;
    }

    public @Nullable Boolean sentimentAccepted() {
        return suggestedSentiment == null ? null : suggestedSentiment == sentiment;
    }

    /**
     * Whether the coder kept what the keyword rules suggested, as the list of coded excerpts shows it: null when
     * nothing was suggested; true when the suggested attribute was kept and the suggested tone (if any) too.
     */
    public @Nullable Boolean suggestionKept() {
        var attributeKept = attributeAccepted();
        return attributeKept == null ? null : attributeKept && !Boolean.FALSE.equals(sentimentAccepted());
    }

    /** Tags as a list: trimmed, lower case, without empties or repeats. */
    public java.util.List<String> tagList() {
        return tagList(tags);
    }

    /** Stored tags ("eror,klaim") as a list: trimmed, lower case, without empties or repeats; none for null. */
    public static java.util.List<String> tagList(@Nullable String stored) {
        return stored == null ? java.util.List.of() : java.util.Arrays.stream(stored.split(","))
                .map(tag -> tag.trim().toLowerCase(java.util.Locale.ROOT)).filter(tag -> !tag.isEmpty()).distinct()
                .toList();
    }

    /** Chosen tags as stored: joined by commas; null for none. */
    public static @Nullable String joinTags(java.util.@Nullable Collection<String> chosen) {
        return chosen == null || chosen.isEmpty() ? null : String.join(",", chosen);
    }

    /**
     * A tag the coder typed, as it will be stored: trimmed, lower case, a comma (the separator) read as a space;
     * empty when nothing but blanks was typed.
     */
    public static String typedTag(String typed) {
        return typed.strip().toLowerCase(java.util.Locale.ROOT).replace(",", " ");
    }

    public @Nullable Long getId() {
        return id;
    }

    public SourceType getSourceType() {
        return sourceType;
    }

    public void setSourceType(SourceType sourceType) {
        this.sourceType = sourceType;
    }

    public String getInformantCode() {
        return informantCode;
    }

    public void setInformantCode(String informantCode) {
        this.informantCode = informantCode;
    }

    public InformantRole getInformantRole() {
        return informantRole;
    }

    public void setInformantRole(InformantRole informantRole) {
        this.informantRole = informantRole;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public void setNotedOn(LocalDate notedOn) {
        this.notedOn = notedOn;
    }

    public @Nullable Branch getBranch() {
        return branch;
    }

    public void setBranch(@Nullable Branch branch) {
        this.branch = branch;
    }

    public RogersAttribute getAttribute() {
        return attribute;
    }

    public void setAttribute(RogersAttribute attribute) {
        this.attribute = attribute;
    }

    public Sentiment getSentiment() {
        return sentiment;
    }

    public void setSentiment(Sentiment sentiment) {
        this.sentiment = sentiment;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public @Nullable String getTags() {
        return tags;
    }

    public void setTags(@Nullable String tags) {
        this.tags = tags;
    }
}
