package id.bpjs.jmo.coding;

import id.bpjs.jmo.base.domain.MessageKeyException;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.domain.SpreadsheetCells;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.base.time.ServiceTime;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.rules.KeywordRules;
import id.bpjs.jmo.rules.Suggestion;
import id.bpjs.jmo.security.AppUserPrincipal;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coding workspace: excerpts from interviews, observations and documents, and the survey comments and complaint
 * descriptions waiting in the coding queue. The keyword rules suggest an attribute and a sentiment; people confirm
 * or change them, and what was suggested is kept so the share of accepted suggestions can be shown. Staff code for
 * their own branch; managers and admins for any.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class CodedExcerpts {

    /** A text from the product waiting to be coded. */
    public record QueueItem(SourceType source, String sourceRef, LocalDate date, long branchId, String branchCode,
            String text, String informantCode) {

        /** The source row's key without its kind: the response id of {@code SURVEY:<id>}, the ticket of a complaint. */
        public String sourceKey() {
            return sourceRef.substring(sourceRef.indexOf(':') + 1);
        }
    }

    /** The newest texts of the queue, at most the limit asked for, and whether more are waiting behind them. */
    public record QueueHead(List<QueueItem> items, boolean more) {
    }

    /**
     * The period's coded excerpts as the coding page shows them: the excerpts (newest first), their summary (the
     * share of accepted suggestions) and the tags in use, sorted, offered first so one topic keeps one tag.
     */
    public record CodedPeriod(List<CodedExcerpt> excerpts, ExcerptSummary summary, SortedSet<String> tags) {
    }

    static final int QUOTE_MIN = 25;
    static final int MAX_TEXT = 4000;
    static final int QUOTE_MAX = 280;

    private final CodedExcerptRepository notes;
    private final KeywordRules rules;
    private final BranchService branches;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final JdbcTemplate jdbc;
    private final ServiceTime time;

    CodedExcerpts(CodedExcerptRepository notes, KeywordRules rules, BranchService branches,
            CurrentUser currentUser, Validator validator, JdbcTemplate jdbc, ServiceTime time) {
        this.notes = notes;
        this.rules = rules;
        this.branches = branches;
        this.currentUser = currentUser;
        this.validator = validator;
        this.jdbc = jdbc;
        this.time = time;
    }

    /** The keyword rules' suggestion for a text; without a matching keyword nothing is suggested. */
    public Suggestion suggest(String text) {
        return rules.suggest(text, RogersAttribute.COMPATIBILITY);
    }

    /**
     * Saves an excerpt, new or changed, with identifying numbers and e-mail addresses masked ({@link PersonalData}).
     * The suggestion shown to the coder (if the rules matched anything) is kept with it. A text from the queue is
     * taken from its source row (text, branch, date and a pseudonym: R-&lt;response&gt;, ADU-&lt;complaint&gt;, never
     * the ticket), whatever the caller sent. Refused with nothing saved: invalid fields, another branch for staff
     * (the stored excerpt's and the new one's), a queue text coded already, a survey or complaint source without its
     * queue reference.
     */
    @Transactional
    public CodedExcerpt save(CodedExcerpt note, @Nullable Suggestion shown) {
        var user = currentUser.require();
        if (note.getId() != null) {
            var stored = notes.findById(note.getId()).orElseThrow();
            requireBranch(user, stored.getBranch());
            // what came from the queue stays as it came
            note.setSourceRef(stored.getSourceRef());
            if (stored.getSourceRef() != null) {
                note.setSourceType(stored.getSourceType());
                note.setText(stored.getText());
                note.setInformantCode(stored.getInformantCode());
            }
        } else if (note.getSourceRef() != null) {
            fillFromSource(note);
        } else if (note.getSourceType().fromQueueOnly()) {
            throw new MessageKeyException("coding.error.sourceNeedsQueue");
        }
        if (note.getBranch() == null && user.branchId() != null) {
            note.setBranch(branches.byId(user.branchId()).orElseThrow());
        }
        if (note.getNotedOn() == null) {
            note.setNotedOn(time.today(note.getBranch() == null ? null : note.getBranch().zone()));
        }
        note.setText(fit(PersonalData.redact(note.getText())));
        note.setTags(normalizeTags(note.getTags()));
        var violations = validator.validate(note);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        requireBranch(user, note.getBranch());
        if (note.getId() == null && note.getSourceRef() != null && notes.existsBySourceRef(note.getSourceRef())) {
            throw new MessageKeyException("coding.error.alreadyCoded", note.getSourceRef());
        }
        if (note.getId() == null && shown != null && shown.fromKeywords()) {
            note.setSuggestedAttribute(shown.attribute());
            note.setSuggestedSentiment(shown.sentiment() == null ? null : Sentiment.valueOf(shown.sentiment().name()));
        }
        note.markCoded(user.username(), time.now(note.getBranch() == null ? null : note.getBranch().zone()));
        try {
            return notes.saveAndFlush(note);
        } catch (DataIntegrityViolationException clash) {
            if (note.getSourceRef() != null) {
                // someone coded the same text between our check and our insert
                throw new MessageKeyException("coding.error.alreadyCoded", note.getSourceRef());
            }
            throw clash;
        }
    }

    private static void requireBranch(AppUserPrincipal user, @Nullable Branch branch) {
        if (!user.seesAllBranches() && (branch == null || !Objects.equals(branch.getId(), user.branchId()))) {
            throw new AccessDeniedException("Staff code excerpts of their own branch only");
        }
    }

    /** Masking makes a text longer; an excerpt that no longer fits is cut with an ellipsis rather than refused. */
    static String fit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private void fillFromSource(CodedExcerpt note) {
        var ref = Objects.requireNonNull(note.getSourceRef());
        int colon = ref.indexOf(':');
        var kind = colon < 0 ? "" : ref.substring(0, colon);
        var key = colon < 0 ? "" : ref.substring(colon + 1);
        List<Object[]> rows;
        if ("SURVEY".equals(kind) && key.matches("\\d{1,18}")) {
            rows = jdbc.query("select comment, branch_id, cast(submitted_at as date), id from survey_response"
                    + " where id = ? and comment is not null", (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2),
                    rs.getDate(3).toLocalDate(), "R-" + rs.getLong(4)}, Long.parseLong(key));
        } else if ("COMPLAINT".equals(kind)) {
            rows = jdbc.query("select description, branch_id, cast(received_at as date), id from complaint"
                    + " where ticket_number = ?", (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2),
                    rs.getDate(3).toLocalDate(), "ADU-" + rs.getLong(4)}, key);
        } else {
            rows = List.of();
        }
        if (rows.isEmpty()) {
            throw new MessageKeyException("coding.error.unknownSource", ref);
        }
        var row = rows.getFirst();
        note.setSourceType("SURVEY".equals(kind) ? SourceType.SURVEY : SourceType.COMPLAINT);
        note.setText((String) row[0]);
        note.setBranch(branches.byId((Long) row[1]).orElseThrow());
        note.setNotedOn((LocalDate) row[2]);
        note.setInformantCode((String) row[3]);
    }

    /** Removes a coded excerpt (a queue text goes back to the queue). Staff remove their own branch's only. */
    @Transactional
    public void delete(CodedExcerpt note) {
        var user = currentUser.require();
        var stored = notes.findById(Objects.requireNonNull(note.getId())).orElseThrow();
        var branch = Objects.requireNonNull(stored.getBranch());
        if (!user.seesAllBranches() && !Objects.equals(branch.getId(), user.branchId())) {
            throw new AccessDeniedException("Staff remove excerpts of their own branch only");
        }
        notes.delete(stored);
    }

    static @Nullable String normalizeTags(@Nullable String tags) {
        if (tags == null) {
            return null;
        }
        return CodedExcerpt.joinTags(CodedExcerpt.tagList(tags));
    }

    /** Coded excerpts of the period (the filter's branch, or the user's own for staff), newest first. */
    public List<CodedExcerpt> coded(RecordFilter filter) {
        var branch = currentUser.allowedBranch(filter.branchId());
        return notes.inPeriod(filter.period().from(), filter.period().to(), branch);
    }

    /** {@link #coded} with its summary and the tags in use, for the coding page. */
    public CodedPeriod period(RecordFilter filter) {
        var list = coded(filter);
        var tags = new TreeSet<String>();
        list.forEach(note -> tags.addAll(note.tagList()));
        return new CodedPeriod(list, summarize(list), tags);
    }

    /** The newest {@code limit} texts of {@link #queue} and whether more wait (one row more is read to know). */
    public QueueHead queueHead(RecordFilter filter, int limit) {
        var items = queue(filter, limit + 1);
        return items.size() > limit ? new QueueHead(List.copyOf(items.subList(0, limit)), true)
                : new QueueHead(items, false);
    }

    /**
     * Survey comments and complaint descriptions of the period not coded yet, newest first, with personal numbers
     * masked. The channel filter does not apply: excerpts have no channel.
     */
    public List<QueueItem> queue(RecordFilter filter, int limit) {
        var branch = currentUser.allowedBranch(filter.branchId());
        var sql = """
                select * from (
                  select 'SURVEY' as source, concat('SURVEY:', cast(r.id as varchar(20))) as source_ref,
                         cast(r.submitted_at as date) as noted_day, r.branch_id, b.code, r.comment as body,
                         concat('R-', cast(r.id as varchar(20))) as informant
                  from survey_response r join branch b on b.id = r.branch_id
                  where r.comment is not null and length(trim(r.comment)) >= 10
                    and r.submitted_at >= ? and r.submitted_at < ? and (cast(? as bigint) is null or r.branch_id = ?)
                    and not exists (select 1 from qualitative_note n
                                    where n.source_ref = concat('SURVEY:', cast(r.id as varchar(20))))
                  union all
                  select 'COMPLAINT', concat('COMPLAINT:', c.ticket_number), cast(c.received_at as date), c.branch_id,
                         b.code, c.description, concat('ADU-', cast(c.id as varchar(20)))
                  from complaint c join branch b on b.id = c.branch_id
                  where c.received_at >= ? and c.received_at < ? and (cast(? as bigint) is null or c.branch_id = ?)
                    and not exists (select 1 from qualitative_note n
                                    where n.source_ref = concat('COMPLAINT:', c.ticket_number))
                ) q order by noted_day desc, source_ref desc limit ?
                """;
        var start = filter.period().start();
        var end = filter.period().endExclusive();
        return jdbc.query(sql, (rs, i) -> new QueueItem(SourceType.valueOf(rs.getString(1)), rs.getString(2),
                rs.getDate(3).toLocalDate(), rs.getLong(4), rs.getString(5), PersonalData.redact(rs.getString(6)),
                rs.getString(7)),
                start, end, branch, branch, start, end, branch, branch, limit);
    }

    /**
     * The coded excerpts of the period as CSV (UTF-8 with BOM, for Excel; formula-safe cells), for a researcher's
     * own analysis: one row per excerpt with its coding and what the rules had suggested.
     */
    public byte[] csv(RecordFilter filter, Locale locale) {
        var out = new java.io.ByteArrayOutputStream();
        try (var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            var headers = java.util.stream.Stream.of("date", "branch", "source", "reference", "informant", "role",
                    "attribute", "tone", "text", "tags", "suggestedAttribute", "suggestedTone", "codedBy")
                    .map(key -> Translations.get(locale, "coding.csv." + key)).toArray(String[]::new);
            var printer = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader(headers).get().print(writer);
            for (var note : coded(filter)) {
                var branch = note.getBranch();
                printer.printRecord(note.getNotedOn(), branch == null ? "" : branch.getCode(),
                        Translations.get(locale, "enum.SourceType." + note.getSourceType().name()),
                        Objects.toString(note.getSourceRef(), ""), SpreadsheetCells.csv(note.getInformantCode()),
                        Translations.get(locale, "enum.InformantRole." + note.getInformantRole().name()),
                        note.getAttribute().label(locale),
                        Translations.get(locale, "enum.Sentiment." + note.getSentiment().name()),
                        SpreadsheetCells.csv(note.getText()), SpreadsheetCells.csv(note.getTags()),
                        note.getSuggestedAttribute() == null ? "" : note.getSuggestedAttribute().label(locale),
                        note.getSuggestedSentiment() == null ? ""
                                : Translations.get(locale, "enum.Sentiment." + note.getSuggestedSentiment().name()),
                        Objects.toString(note.getCodedBy(), ""));
            }
            printer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The coded excerpts narrowed by words (found in text, informant code or tags, ignoring case in the reader's
     * language), attribute and tone; a blank or null criterion admits all. In memory: a period holds hundreds of
     * excerpts, already loaded for the page.
     */
    public static List<CodedExcerpt> narrow(List<CodedExcerpt> coded, @Nullable String words,
            @Nullable RogersAttribute attribute, @Nullable Sentiment tone, Locale locale) {
        var wanted = words == null ? "" : words.strip().toLowerCase(locale);
        return coded.stream()
                .filter(n -> attribute == null || n.getAttribute() == attribute)
                .filter(n -> tone == null || n.getSentiment() == tone)
                .filter(n -> wanted.isEmpty() || (n.getText() + " " + n.getInformantCode() + " "
                        + Objects.toString(n.getTags(), "")).toLowerCase(locale).contains(wanted))
                .toList();
    }

    /** The qualitative picture of the period, per attribute. */
    public ExcerptSummary summary(RecordFilter filter) {
        return summarize(coded(filter));
    }

    /** The summary of a list already loaded (the coding page shows both). */
    public static ExcerptSummary summarize(List<CodedExcerpt> coded) {
        var perAttribute = new EnumMap<RogersAttribute, ExcerptSummary.AttributeExcerpts>(RogersAttribute.class);
        var byAttribute = coded.stream().collect(Collectors.groupingBy(CodedExcerpt::getAttribute,
                () -> new EnumMap<>(RogersAttribute.class), Collectors.toList()));
        byAttribute.forEach((attribute, list) -> perAttribute.put(attribute, excerpts(list)));
        long suggested = coded.stream().filter(n -> n.attributeAccepted() != null).count();
        long attributeAccepted = coded.stream().filter(n -> Boolean.TRUE.equals(n.attributeAccepted())).count();
        long sentimentSuggested = coded.stream().filter(n -> n.sentimentAccepted() != null).count();
        long sentimentAccepted = coded.stream().filter(n -> Boolean.TRUE.equals(n.sentimentAccepted())).count();
        return new ExcerptSummary(perAttribute, suggested, attributeAccepted, sentimentSuggested, sentimentAccepted);
    }

    private static ExcerptSummary.AttributeExcerpts excerpts(List<CodedExcerpt> list) {
        var counts = list.stream().collect(Collectors.groupingBy(CodedExcerpt::getSentiment,
                () -> new EnumMap<>(Sentiment.class), Collectors.counting()));
        var tagCounts = new LinkedHashMap<String, Long>();
        list.forEach(note -> note.tagList().forEach(tag -> tagCounts.merge(tag, 1L, Long::sum)));
        var topTags = tagCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(e -> new ExcerptSummary.TagCount(e.getKey(), e.getValue())).toList();
        long positive = counts.getOrDefault(Sentiment.POSITIVE, 0L);
        long negative = counts.getOrDefault(Sentiment.NEGATIVE, 0L);
        return new ExcerptSummary.AttributeExcerpts(list.size(), positive, negative,
                counts.getOrDefault(Sentiment.NEUTRAL, 0L), counts.getOrDefault(Sentiment.MIXED, 0L), topTags,
                quotes(list, positive >= negative ? Sentiment.POSITIVE : Sentiment.NEGATIVE,
                        topTags.isEmpty() ? null : topTags.getFirst().tag()));
    }

    /**
     * Representative quotes, by rule: quotable length ({@value #QUOTE_MIN}–{@value #QUOTE_MAX} characters); two of
     * the prevailing tone and one of the other when there is one; within a tone, excerpts carrying the most frequent
     * tag first, then participants' own words (interviews, survey comments) before observations and documents, then
     * the newest.
     */
    static List<ExcerptSummary.Quote> quotes(List<CodedExcerpt> list, Sentiment prevailing, @Nullable String topTag) {
        Function<CodedExcerpt, Integer> voice = n -> n.getSourceType() == SourceType.INTERVIEW
                && n.getInformantRole() == InformantRole.PARTICIPANT || n.getSourceType() == SourceType.SURVEY ? 0 : 1;
        Comparator<CodedExcerpt> order = Comparator
                .<CodedExcerpt, Integer>comparing(n -> topTag != null && n.tagList().contains(topTag) ? 0 : 1)
                .thenComparing(voice).thenComparing(CodedExcerpt::getNotedOn, Comparator.reverseOrder())
                .thenComparing(n -> n.getId() == null ? 0 : -n.getId());
        var quotable = list.stream().filter(n -> n.getText().strip().length() >= QUOTE_MIN
                && n.getText().strip().length() <= QUOTE_MAX).sorted(order).toList();
        var other = prevailing == Sentiment.POSITIVE ? Sentiment.NEGATIVE : Sentiment.POSITIVE;
        var chosen = new ArrayList<CodedExcerpt>();
        quotable.stream().filter(n -> n.getSentiment() == prevailing).limit(2).forEach(chosen::add);
        quotable.stream().filter(n -> n.getSentiment() == other).limit(1).forEach(chosen::add);
        quotable.stream().filter(n -> !chosen.contains(n)).limit(Math.max(0, 3 - chosen.size())).forEach(chosen::add);
        return chosen.stream().map(n -> new ExcerptSummary.Quote(n.getText().strip(), n.getInformantCode(),
                n.getInformantRole(), n.getSourceType(), n.getSentiment())).toList();
    }
}
