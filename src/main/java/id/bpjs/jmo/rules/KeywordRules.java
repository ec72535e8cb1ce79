package id.bpjs.jmo.rules;

import id.bpjs.jmo.base.domain.RogersAttribute;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import id.bpjs.jmo.audit.SettingsTrace;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests a Rogers attribute (and a sentiment) for a text from the keyword rules, transparently: the suggestion
 * names the words that led to it, and people accept or change it. A keyword matches as a whole word or phrase,
 * ignoring case; the attribute with the highest total weight wins, ties go to the fallback.
 */
@Service
@Transactional(readOnly = true)
public class KeywordRules {

    private final KeywordRuleRepository rules;
    private final SettingsTrace trace;
    private final CurrentUser currentUser;
    private final Validator validator;

    KeywordRules(KeywordRuleRepository rules, SettingsTrace trace, CurrentUser currentUser, Validator validator) {
        this.rules = rules;
        this.trace = trace;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /**
     * Adds or changes a rule (admins only), traced. Refused: a keyword of fewer than two letters (it would match
     * nearly everything) and a keyword that another rule already has.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public KeywordRule save(KeywordRule rule) {
        rule.setKeyword(normalize(rule.getKeyword()));
        var violations = validator.validate(rule);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var clash = rules.findAll().stream().filter(r -> r.getKeyword().equals(rule.getKeyword())
                && !java.util.Objects.equals(r.getId(), rule.getId())).findFirst();
        if (clash.isPresent()) {
            throw new DuplicateKeywordException(rule.getKeyword());
        }
        var before = rule.getId() == null ? null : rules.findById(rule.getId()).map(KeywordRules::describe).orElse(null);
        var saved = rules.saveAndFlush(rule);
        trace.record(currentUser.require().username(), "keyword-rule", saved.getKeyword(), before, describe(saved));
        return saved;
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(KeywordRule rule) {
        rules.deleteById(java.util.Objects.requireNonNull(rule.getId()));
        trace.record(currentUser.require().username(), "keyword-rule", rule.getKeyword(), describe(rule), null);
    }

    static String describe(KeywordRule rule) {
        return rule.getKeyword() + " → " + rule.getAttribute() + (rule.getSentiment() == null ? ""
                : ", " + rule.getSentiment()) + ", bobot " + rule.getWeight();
    }

    public List<KeywordRule> all() {
        return rules.findAllByOrderByAttributeAscKeywordAsc();
    }

    public Suggestion suggest(String text, RogersAttribute fallback) {
        return suggest(text, fallback, all());
    }

    /** The rule logic on its own, for previews of rules not yet saved. */
    public static Suggestion suggest(String text, RogersAttribute fallback, List<KeywordRule> rules) {
        var normalized = normalize(text);
        var weights = new EnumMap<RogersAttribute, Integer>(RogersAttribute.class);
        var sentiments = new EnumMap<KeywordRule.Sentiment, Integer>(KeywordRule.Sentiment.class);
        var matched = new ArrayList<String>();
        for (var rule : rules) {
            var keyword = normalize(rule.getKeyword());
            if (keyword.length() < 2) {
                continue;
            }
            var pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword) + "(?![\\p{L}\\p{N}])");
            if (pattern.matcher(normalized).find()) {
                matched.add(rule.getKeyword());
                weights.merge(rule.getAttribute(), rule.getWeight(), Integer::sum);
                if (rule.getSentiment() != null) {
                    sentiments.merge(rule.getSentiment(), rule.getWeight(), Integer::sum);
                }
            }
        }
        var attribute = fallback;
        int best = 0;
        for (var entry : weights.entrySet()) {
            if (entry.getValue() > best || entry.getValue() == best && entry.getKey() == fallback) {
                best = entry.getValue();
                attribute = entry.getKey();
            }
        }
        return new Suggestion(attribute, matched, sentiment(sentiments));
    }

    private static KeywordRule.@Nullable Sentiment sentiment(EnumMap<KeywordRule.Sentiment, Integer> weights) {
        int positive = weights.getOrDefault(KeywordRule.Sentiment.POSITIVE, 0);
        int negative = weights.getOrDefault(KeywordRule.Sentiment.NEGATIVE, 0);
        if (positive == 0 && negative == 0) {
            return weights.isEmpty() ? null : KeywordRule.Sentiment.NEUTRAL;
        }
        if (positive > 0 && negative > 0) {
            return KeywordRule.Sentiment.MIXED;
        }
        return positive > 0 ? KeywordRule.Sentiment.POSITIVE : KeywordRule.Sentiment.NEGATIVE;
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .trim();
    }
}
