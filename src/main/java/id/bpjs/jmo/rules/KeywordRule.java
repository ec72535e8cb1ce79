package id.bpjs.jmo.rules;

import id.bpjs.jmo.base.domain.RogersAttribute;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A word or phrase that points to a Rogers attribute (and possibly a sentiment) when it appears in a text. */
@Entity
@Table(name = "keyword_rule")
public class KeywordRule {

    /** Positive, negative, neutral or mixed: the same values as qualitative coding uses. */
    public enum Sentiment {
        POSITIVE, NEGATIVE, NEUTRAL, MIXED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** At least two letters: an empty or one-letter rule would match nearly every text. */
    @NotNull
    @Size(min = 2, max = 60)
    @Pattern(regexp = ".*\\p{L}.*\\p{L}.*", message = "{jmo.rule.keyword}")
    @Column(nullable = false, unique = true, length = 60)
    private String keyword = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RogersAttribute attribute = RogersAttribute.COMPATIBILITY;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private @Nullable Sentiment sentiment;

    @Min(1)
    @Max(5)
    @Column(nullable = false)
    private int weight = 1;

    public KeywordRule() {
    }

    public KeywordRule(String keyword, RogersAttribute attribute, @Nullable Sentiment sentiment, int weight) {
        this.keyword = keyword;
        this.attribute = attribute;
        this.sentiment = sentiment;
        this.weight = weight;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }

    public RogersAttribute getAttribute() {
        return attribute;
    }

    public void setAttribute(RogersAttribute attribute) {
        this.attribute = attribute;
    }

    public @Nullable Sentiment getSentiment() {
        return sentiment;
    }

    public void setSentiment(@Nullable Sentiment sentiment) {
        this.sentiment = sentiment;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }
}
