package id.bpjs.jmo.qualitative;

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
import org.jspecify.annotations.Nullable;

/** An excerpt from an interview, an observation or a document, coded to a Rogers attribute and a sentiment. */
@Entity
@Table(name = "qualitative_note")
public class QualitativeNote {

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
    private LocalDate notedOn = LocalDate.now();

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

    public QualitativeNote() {
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
