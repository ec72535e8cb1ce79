package id.bpjs.jmo.coding;

import id.bpjs.jmo.base.time.ServiceTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.MessageKeyException;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.branch.BranchService;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Coding from the queue with the keyword suggestion, the accepted share, and refused input that saves nothing. */
@SpringBootTest
@ActiveProfiles("test")
class CodedExcerptsTest {

    @Autowired
    CodedExcerpts codedExcerpts;
    @Autowired
    BranchService branches;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ServiceTime.DEFAULT_ZONE);
    private long lastDemoNote;

    /** Each test's excerpts are removed afterwards: the context (and its demo data) is shared. */
    @BeforeEach
    void rememberDemoNotes() {
        lastDemoNote = jdbc.queryForObject("select coalesce(max(id), 0) from qualitative_note", Long.class);
    }

    @AfterEach
    void removeTestNotes() {
        jdbc.update("delete from qualitative_note where id > ?", lastDemoNote);
    }

    private RecordFilter purwokerto() {
        return new RecordFilter(new DateRange(today.minusYears(2), today), branches.byCode("PWT").orElseThrow()
                .getId(), null);
    }

    private long noteCount() {
        return jdbc.queryForObject("select count(*) from qualitative_note", Long.class);
    }

    private CodedExcerpt fromQueue(CodedExcerpts.QueueItem item) {
        var note = new CodedExcerpt();
        note.setSourceType(item.source());
        note.setSourceRef(item.sourceRef());
        note.setInformantCode("R-1");
        note.setInformantRole(InformantRole.PARTICIPANT);
        note.setNotedOn(item.date());
        note.setBranch(branches.byId(item.branchId()).orElseThrow());
        note.setText(item.text());
        return note;
    }

    @Test
    @WithUserDetails("petugas")
    void a_queue_text_coded_with_the_accepted_suggestion_leaves_the_queue_and_counts_as_accepted() {
        var queue = codedExcerpts.queue(purwokerto(), 500);
        assertThat(queue).isNotEmpty().allSatisfy(item -> assertThat(item.branchCode()).isEqualTo("PWT"));
        assertThat(queue).extracting(CodedExcerpts.QueueItem::source)
                .contains(SourceType.SURVEY, SourceType.COMPLAINT);
        var item = queue.stream().filter(i -> codedExcerpts.suggest(i.text()).fromKeywords()).findFirst().orElseThrow();
        var suggestion = codedExcerpts.suggest(item.text());
        var before = codedExcerpts.summary(purwokerto());

        var note = fromQueue(item);
        note.setAttribute(suggestion.attribute());
        note.setSentiment(suggestion.sentiment() == null ? Sentiment.NEUTRAL
                : Sentiment.valueOf(suggestion.sentiment().name()));
        note.setTags(" Eror, klaim ,, eror ");
        var saved = codedExcerpts.save(note, suggestion);

        assertThat(saved.getSuggestedAttribute()).isEqualTo(suggestion.attribute());
        assertThat(saved.attributeAccepted()).isTrue();
        assertThat(saved.getTags()).isEqualTo("eror,klaim");
        assertThat(saved.getCodedBy()).isEqualTo("petugas");
        assertThat(codedExcerpts.queue(purwokerto(), 500)).extracting(CodedExcerpts.QueueItem::sourceRef)
                .doesNotContain(item.sourceRef());
        var after = codedExcerpts.summary(purwokerto());
        assertThat(after.suggested()).isEqualTo(before.suggested() + 1);
        assertThat(after.attributeAccepted()).isEqualTo(before.attributeAccepted() + 1);
    }

    @Test
    @WithUserDetails("petugas")
    void a_changed_suggestion_counts_as_not_accepted() {
        var item = codedExcerpts.queue(purwokerto(), 500).stream().filter(i -> codedExcerpts.suggest(i.text()).fromKeywords())
                .findFirst().orElseThrow();
        var suggestion = codedExcerpts.suggest(item.text());
        var before = codedExcerpts.summary(purwokerto());
        var note = fromQueue(item);
        note.setAttribute(suggestion.attribute() == RogersAttribute.TRIALABILITY ? RogersAttribute.OBSERVABILITY
                : RogersAttribute.TRIALABILITY);
        note.setSentiment(Sentiment.NEUTRAL);
        codedExcerpts.save(note, suggestion);
        var after = codedExcerpts.summary(purwokerto());
        assertThat(after.suggested()).isEqualTo(before.suggested() + 1);
        assertThat(after.attributeAccepted()).isEqualTo(before.attributeAccepted());
        assertThat(after.attributeAcceptance()).isLessThan(1.0);
    }

    @Test
    @WithUserDetails("petugas")
    void the_same_queue_text_is_coded_once_and_the_second_attempt_saves_nothing() {
        var item = codedExcerpts.queue(purwokerto(), 5).getFirst();
        var first = fromQueue(item);
        first.setAttribute(RogersAttribute.COMPLEXITY);
        codedExcerpts.save(first, null);
        long count = noteCount();
        var second = fromQueue(item);
        second.setAttribute(RogersAttribute.COMPATIBILITY);
        assertThatThrownBy(() -> codedExcerpts.save(second, null)).isInstanceOfSatisfying(MessageKeyException.class,
                e -> assertThat(e.messageKey()).isEqualTo("coding.error.alreadyCoded"));
        assertThat(noteCount()).isEqualTo(count);
    }

    @Test
    @WithUserDetails("petugas")
    void the_queue_head_says_more_wait_only_when_more_texts_are_in_the_queue_than_shown() {
        var whole = codedExcerpts.queue(purwokerto(), 10_000);
        assertThat(whole.size()).isGreaterThan(2);
        var head = codedExcerpts.queueHead(purwokerto(), 2);
        assertThat(head.items()).isEqualTo(whole.subList(0, 2));
        assertThat(head.more()).isTrue();
        var exactly = codedExcerpts.queueHead(purwokerto(), whole.size());
        assertThat(exactly.items()).isEqualTo(whole);
        assertThat(exactly.more()).isFalse();
        assertThat(whole.getFirst().sourceKey()).isEqualTo(whole.getFirst().sourceRef()
                .substring(whole.getFirst().source().name().length() + 1));
    }

    @Test
    @WithUserDetails("petugas")
    void the_period_holds_the_coded_excerpts_their_summary_and_the_tags_in_use() {
        var note = new CodedExcerpt();
        note.setInformantCode("P-24");
        note.setText("Aplikasinya sering eror saat klaim.");
        note.setTags("Zzz-uji,eror");
        codedExcerpts.save(note, null);
        var period = codedExcerpts.period(purwokerto());
        var coded = codedExcerpts.coded(purwokerto());
        assertThat(period.excerpts()).extracting(CodedExcerpt::getId)
                .containsExactlyInAnyOrderElementsOf(coded.stream().map(CodedExcerpt::getId).toList());
        assertThat(period.summary()).isEqualTo(CodedExcerpts.summarize(coded));
        assertThat(period.tags()).contains("zzz-uji", "eror")
                .containsExactlyElementsOf(coded.stream().flatMap(n -> n.tagList().stream()).distinct().sorted()
                        .toList());
    }

    @Test
    @WithUserDetails("petugas")
    void an_empty_excerpt_or_a_missing_informant_is_refused_and_nothing_is_saved() {
        long count = noteCount();
        var note = new CodedExcerpt();
        note.setInformantCode(" ");
        note.setText("   ");
        assertThatThrownBy(() -> codedExcerpts.save(note, null)).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                        .contains("text", "informantCode"));
        assertThat(noteCount()).isEqualTo(count);
    }

    @Test
    @WithUserDetails("petugas")
    void staff_code_for_their_own_branch_only() {
        var note = new CodedExcerpt();
        note.setInformantCode("P-01");
        note.setText("Aplikasinya sering eror saat klaim.");
        note.setBranch(branches.byCode("SMG").orElseThrow());
        long count = noteCount();
        assertThatThrownBy(() -> codedExcerpts.save(note, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(noteCount()).isEqualTo(count);
    }

    @Test
    @WithUserDetails("petugas")
    void staff_see_only_their_branch_in_the_queue_and_the_coded_list() {
        var all = new RecordFilter(new DateRange(today.minusYears(2), today), null, null);
        assertThat(codedExcerpts.coded(all)).isNotEmpty()
                .allSatisfy(n -> assertThat(n.getBranch().getCode()).isEqualTo("PWT"));
        assertThat(codedExcerpts.queue(all, 200)).allSatisfy(i -> assertThat(i.branchCode()).isEqualTo("PWT"));
    }

    @Test
    @WithUserDetails("petugas")
    void deleting_a_coded_queue_text_puts_it_back_in_the_queue() {
        var item = codedExcerpts.queue(purwokerto(), 5).getFirst();
        var note = fromQueue(item);
        note.setAttribute(RogersAttribute.OBSERVABILITY);
        var saved = codedExcerpts.save(note, null);
        assertThat(codedExcerpts.queue(purwokerto(), 500)).extracting(CodedExcerpts.QueueItem::sourceRef)
                .doesNotContain(item.sourceRef());
        codedExcerpts.delete(saved);
        assertThat(codedExcerpts.queue(purwokerto(), 500)).extracting(CodedExcerpts.QueueItem::sourceRef)
                .contains(item.sourceRef());
    }

    @Test
    @WithUserDetails("petugas.smg")
    void staff_cannot_delete_another_branch_excerpt() {
        var all = new RecordFilter(new DateRange(today.minusYears(2), today), null, null);
        var pwtNote = jdbc.queryForObject("select n.id from qualitative_note n join branch b on b.id = n.branch_id"
                + " where b.code = 'PWT' order by n.id limit 1", Long.class);
        var probe = new CodedExcerpt();
        org.springframework.test.util.ReflectionTestUtils.setField(probe, "id", pwtNote);
        long count = noteCount();
        assertThatThrownBy(() -> codedExcerpts.delete(probe)).isInstanceOf(AccessDeniedException.class);
        assertThat(noteCount()).isEqualTo(count);
        assertThat(codedExcerpts.coded(all)).allSatisfy(n -> assertThat(n.getBranch().getCode()).isEqualTo("SMG"));
    }

    @Test
    @WithUserDetails("petugas")
    void a_kpj_number_typed_into_an_excerpt_is_stored_masked() {
        var note = new CodedExcerpt();
        note.setInformantCode("P-22");
        note.setText("Peserta dengan KPJ 12345678901 bilang aplikasinya ribet.");
        var saved = codedExcerpts.save(note, null);
        assertThat(saved.getText()).isEqualTo("Peserta dengan KPJ [nomor disamarkan] bilang aplikasinya ribet.");
        assertThat(jdbc.queryForObject("select body from qualitative_note where id = ?", String.class, saved.getId()))
                .doesNotContain("12345678901");
    }

    @Test
    @WithUserDetails("petugas")
    void the_csv_export_holds_every_coded_excerpt_of_the_period_and_neutralises_formulas() throws Exception {
        var note = new CodedExcerpt();
        note.setInformantCode("P-23");
        note.setText("=HYPERLINK(\"http://x\") aplikasinya eror");
        codedExcerpts.save(note, null);
        var csv = new String(codedExcerpts.csv(purwokerto(), id.bpjs.jmo.base.i18n.Formats.ID),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTanggal,Cabang,Sumber");
        assertThat(csv).contains(",Wawancara,").doesNotContain(",INTERVIEW,");
        assertThat(new String(codedExcerpts.csv(purwokerto(), id.bpjs.jmo.base.i18n.Formats.EN),
                java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFFDate,Branch,Source").contains(",Interview,");
        var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(codedExcerpts.coded(purwokerto()).size());
        assertThat(records).anySatisfy(r -> assertThat(r.get("Kutipan")).startsWith("'=HYPERLINK"));
    }

    @Test
    @WithUserDetails("petugas")
    void a_queue_text_is_taken_from_its_source_with_a_pseudonym_whatever_the_caller_sends() {
        var item = codedExcerpts.queue(purwokerto(), 500).stream().filter(i -> i.source() == SourceType.COMPLAINT)
                .findFirst().orElseThrow();
        assertThat(item.informantCode()).startsWith("ADU-").doesNotContain(item.sourceRef().substring(10));
        var note = fromQueue(item);
        note.setText("Teks yang diubah oleh pemanggil");
        note.setInformantCode(item.sourceRef().substring(10));
        var saved = codedExcerpts.save(note, null);
        assertThat(saved.getText()).isEqualTo(item.text());
        assertThat(saved.getInformantCode()).isEqualTo(item.informantCode());
    }

    @Test
    @WithUserDetails("petugas")
    void a_survey_or_complaint_source_without_its_queue_reference_is_refused() {
        var note = new CodedExcerpt();
        note.setSourceType(SourceType.COMPLAINT);
        note.setInformantCode("X-1");
        note.setText("Pengaduan yang diketik sendiri");
        long count = noteCount();
        assertThatThrownBy(() -> codedExcerpts.save(note, null)).isInstanceOfSatisfying(MessageKeyException.class,
                e -> assertThat(e.messageKey()).isEqualTo("coding.error.sourceNeedsQueue"));
        assertThat(noteCount()).isEqualTo(count);
    }

    @Test
    @WithUserDetails("petugas.smg")
    void staff_cannot_change_another_branch_excerpt_even_by_moving_it_to_their_own() {
        var pwtNote = jdbc.queryForObject("select n.id from qualitative_note n join branch b on b.id = n.branch_id"
                + " where b.code = 'PWT' order by n.id limit 1", Long.class);
        var before = jdbc.queryForObject("select body from qualitative_note where id = ?", String.class, pwtNote);
        var forged = new CodedExcerpt();
        org.springframework.test.util.ReflectionTestUtils.setField(forged, "id", pwtNote);
        forged.setInformantCode("P-99");
        forged.setText("Diubah dari cabang lain");
        forged.setBranch(branches.byCode("SMG").orElseThrow());
        assertThatThrownBy(() -> codedExcerpts.save(forged, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select body from qualitative_note where id = ?", String.class, pwtNote))
                .isEqualTo(before);
    }
}
