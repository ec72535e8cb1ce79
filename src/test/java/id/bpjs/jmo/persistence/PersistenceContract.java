package id.bpjs.jmo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.demo.DemoData;
import id.bpjs.jmo.coding.CodedExcerpts;
import id.bpjs.jmo.coding.SourceType;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import id.bpjs.jmo.survey.AttributeScore;
import id.bpjs.jmo.survey.SurveyResponse;
import id.bpjs.jmo.survey.SurveyStatistics;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migrations, mappings and constraints that must hold on every supported database. Subclasses run it on H2 and on
 * PostgreSQL.
 */
abstract class PersistenceContract {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    BranchService branches;
    @Autowired
    DemoData demo;
    @Autowired
    SurveyStatistics statistics;
    @Autowired
    Validator validator;

    @Autowired
    CodedExcerpts codedExcerpts;
    @Autowired
    id.bpjs.jmo.survey.SurveyAggregates aggregates;
    @Autowired
    id.bpjs.jmo.complaint.ComplaintAggregates complaintAggregates;

    long branchId;

    @BeforeEach
    void demoData() {
        if (demo.databaseIsEmpty()) {
            demo.load(7, 800, LocalDateTime.now(), message -> { });
        }
        branchId = branches.byCode("PWT").orElseThrow().getId();
    }

    @Test
    void migrations_create_the_holiday_calendar() {
        var count = jdbc.queryForObject(
                "select count(*) from holiday where holiday_date between ? and ?", Long.class,
                java.sql.Date.valueOf(LocalDate.of(2024, 1, 1)), java.sql.Date.valueOf(LocalDate.of(2027, 12, 31)));
        assertThat(count).isGreaterThan(60);
    }

    @Test
    void a_survey_response_round_trips_through_jpa() {
        var id = transaction.execute(status -> {
            var response = validResponse(entityManager.getReference(Branch.class, branchId));
            response.setIkmAnswers(4, 3, 3, 4, 3, 4, 4, 3, 2);
            response.setComment("Aplikasinya membantu, tapi verifikasi wajah sering gagal.");
            entityManager.persist(response);
            return response.getId();
        });
        transaction.executeWithoutResult(status -> {
            var loaded = entityManager.find(SurveyResponse.class, id);
            assertThat(loaded.getScoreComplexity()).isEqualTo(2);
            assertThat(loaded.ikmAnswers()).containsExactly(4, 3, 3, 4, 3, 4, 4, 3, 2);
            assertThat(loaded.getComment()).contains("verifikasi wajah");
        });
    }

    @Test
    void statistics_are_aggregated_by_the_database_and_complexity_is_weakest() {
        var scores = java.util.Arrays.stream(RogersAttribute.values()).map(statistics.totals(new id.bpjs.jmo.base.domain.RecordFilter(DateRange.lastMonths(24, LocalDate.now()), null, null))::score).toList();
        assertThat(scores).hasSize(5);
        assertThat(scores.getFirst().n()).isGreaterThan(700);
        assertThat(scores.stream().min(Comparator.comparingDouble(AttributeScore::mean)).orElseThrow().attribute())
                .isEqualTo(RogersAttribute.COMPLEXITY);
    }

    @Test
    void the_database_rejects_a_likert_answer_of_seven_even_without_validation() {
        assertThatThrownBy(() -> insertResponse(7, branchId)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_branch_is_in_wib_unless_set_and_the_database_takes_only_indonesian_zones() {
        assertThat(jdbc.queryForObject("select time_zone from branch where id = ?", String.class, branchId))
                .isEqualTo("Asia/Jakarta");
        jdbc.update("insert into branch (code, name, regional_office, served_per_month, time_zone)"
                + " values ('JPR', 'Jayapura', 'Kantor Wilayah Papua', 900, 'Asia/Jayapura')");
        jdbc.update("update branch set time_zone = 'Asia/Makassar' where code = 'JPR'");
        assertThat(jdbc.queryForObject("select time_zone from branch where code = 'JPR'", String.class))
                .isEqualTo("Asia/Makassar");
        assertThatThrownBy(() -> jdbc.update("update branch set time_zone = 'UTC' where code = 'JPR'"))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("delete from branch where code = 'JPR'");
    }

    @Test
    void the_database_rejects_an_unknown_branch() {
        assertThatThrownBy(() -> insertResponse(3, 987_654)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_rejects_a_nine_digit_kpj_number() {
        assertThatThrownBy(() -> jdbc.update("insert into complaint (ticket_number, received_at, channel, branch_id,"
                + " kpj_number, category, attribute, severity, description, status, version) values"
                + " ('T-1', ?, 'COUNTER', ?, '123456789', 'OTHER', 'COMPLEXITY', 'LOW', 'Peserta bertanya', 'NEW', 0)",
                Timestamp.valueOf(LocalDateTime.now()), branchId))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_rejects_half_filled_ikm_answers() {
        assertThatThrownBy(() -> jdbc.update("insert into survey_response (submitted_at, branch_id, channel, gender,"
                + " age, education, occupation, uses_jmo, score_relative_advantage, score_compatibility,"
                + " score_complexity, score_trialability, score_observability, overall_satisfaction, u1)"
                + " values (?, ?, 'JMO', 'L', 30, 'SMA', 'SWASTA', true, 3, 3, 3, 3, 3, 3, 4)",
                Timestamp.valueOf(LocalDateTime.now()), branchId)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_plain_skm_row_and_a_rogers_row_with_blank_items_are_stored_and_each_figure_counts_its_own_n() {
        var day = LocalDate.of(2019, 5, 14);
        jdbc.update("insert into survey_response (submitted_at, branch_id, gender, age, education, occupation,"
                + " u1, u2, u3, u4, u5, u6, u7, u8, u9) values (?, ?, 'P', 40, 'S1', 'PNS', 4, 4, 3, 4, 4, 3, 4, 4, 2)",
                Timestamp.valueOf(day.atTime(9, 0)), branchId);
        jdbc.update("insert into survey_response (submitted_at, branch_id, channel, gender, age, education,"
                + " occupation, score_relative_advantage, score_observability, overall_satisfaction)"
                + " values (?, ?, 'JMO', 'L', 33, 'SMA', 'SWASTA', 2, 5, 3)",
                Timestamp.valueOf(day.atTime(10, 0)), branchId);
        aggregates.rebuild();
        var totals = statistics.totals(new RecordFilter(new DateRange(day, day), branchId, null));
        assertThat(totals.responses()).isEqualTo(2);
        assertThat(totals.ikmResponses()).isEqualTo(1);
        assertThat(totals.sumU()).containsExactly(4, 4, 3, 4, 4, 3, 4, 4, 2);
        assertThat(totals.overallResponses()).isEqualTo(1);
        assertThat(totals.n(RogersAttribute.RELATIVE_ADVANTAGE)).isEqualTo(1);
        assertThat(totals.mean(RogersAttribute.RELATIVE_ADVANTAGE)).isEqualTo(2.0);
        assertThat(totals.n(RogersAttribute.COMPLEXITY)).isZero();
        assertThat(totals.mean(RogersAttribute.OBSERVABILITY)).isEqualTo(5.0);
    }

    @Test
    void the_database_rejects_a_row_without_a_complete_part_and_a_rogers_item_without_overall_satisfaction() {
        assertThatThrownBy(() -> jdbc.update("insert into survey_response (submitted_at, branch_id, gender, age,"
                + " education, occupation) values (?, ?, 'P', 40, 'S1', 'PNS')",
                Timestamp.valueOf(LocalDateTime.now()), branchId)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into survey_response (submitted_at, branch_id, gender, age,"
                + " education, occupation, score_complexity, u1, u2, u3, u4, u5, u6, u7, u8, u9)"
                + " values (?, ?, 'P', 40, 'S1', 'PNS', 3, 3, 3, 3, 3, 3, 3, 3, 3, 3)",
                Timestamp.valueOf(LocalDateTime.now()), branchId)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_rebuild_statement_of_migration_v19_then_the_fill_of_v30_give_the_aggregates_kept_by_the_service()
            throws Exception {
        var statement = migrationStatement("/db/migration/V19__recommend_score_aggregates.sql",
                "insert into survey_daily");
        var v30 = migrationStatement(V30, "update survey_daily");
        aggregates.rebuild();
        var expected = jdbc.queryForList("select * from survey_daily order by response_date, branch_id, channel");
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from survey_daily");
            jdbc.update(statement);
            jdbc.update(v30);
        });
        assertThat(jdbc.queryForList("select * from survey_daily order by response_date, branch_id, channel"))
                .isEqualTo(expected);
    }

    private static final String V30 = "/db/migration/V30__survey_daily_ikm_row_squares.sql";

    /**
     * V30's update fills Σ (U1 + … + U9)² per day, branch and channel as the service keeps it: on rows the service
     * rebuilt (the demo's and a few whose sums are known: a day's first and last second, a plain SKM row without
     * channel, a Rogers-only row that adds nothing, the next day's first second).
     */
    @Test
    void the_fill_statement_of_migration_v30_gives_the_ikm_row_squares_kept_by_the_service() throws Exception {
        var statement = migrationStatement(V30, "update survey_daily");
        var day = LocalDate.of(2019, 3, 5);
        insertIkm(day.atStartOfDay(), "JMO", 4, 4, 4, 4, 4, 4, 4, 4, 4);          // 36² = 1296
        insertIkm(day.atTime(23, 59, 59), "JMO", 1, 2, 3, 4, 1, 2, 3, 4, 1);       // 21² = 441
        insertIkm(day.atTime(12, 0), null, 2, 2, 2, 2, 2, 2, 2, 2, 2);            // 18² = 324, under NONE
        insertIkm(day.plusDays(1).atStartOfDay(), "JMO", 3, 3, 3, 3, 3, 3, 3, 3, 3); // 27² = 729, the next day
        jdbc.update("insert into survey_response (submitted_at, branch_id, channel, gender, age, education,"
                + " occupation, uses_jmo, score_complexity, overall_satisfaction)"
                + " values (?, ?, 'JMO', 'P', 41, 'S1', 'PNS', true, 3, 4)", Timestamp.valueOf(day.atTime(10, 0)),
                branchId);
        try {
            aggregates.rebuild();
            var expected = jdbc.queryForList("select * from survey_daily order by response_date, branch_id,"
                    + " channel");
            assertThat(jdbc.queryForList("select response_date, channel, responses, ikm_responses, sq_ikm_row from"
                    + " survey_daily where branch_id = ? and response_date between ? and ? order by 1, 2", branchId,
                    java.sql.Date.valueOf(day), java.sql.Date.valueOf(day.plusDays(1))))
                    .extracting(row -> java.util.List.of(row.get("response_date").toString(), row.get("channel"),
                            ((Number) row.get("responses")).longValue(),
                            ((Number) row.get("ikm_responses")).longValue(),
                            ((Number) row.get("sq_ikm_row")).longValue()))
                    .containsExactly(java.util.List.of("2019-03-05", "JMO", 3L, 2L, 1737L),
                            java.util.List.of("2019-03-05", "NONE", 1L, 1L, 324L),
                            java.util.List.of("2019-03-06", "JMO", 1L, 1L, 729L));
            assertThat(jdbc.queryForObject("select count(*) from survey_daily where sq_ikm_row > 0", Long.class))
                    .as("the demo's IKM responses too").isGreaterThan(3);
            transaction.executeWithoutResult(status -> {
                jdbc.update("update survey_daily set sq_ikm_row = -1");
                jdbc.update(statement);
            });
            assertThat(jdbc.queryForList("select * from survey_daily order by response_date, branch_id, channel"))
                    .isEqualTo(expected);
        } finally {
            jdbc.update("delete from survey_response where submitted_at >= ? and submitted_at < ?",
                    Timestamp.valueOf(day.atStartOfDay()), Timestamp.valueOf(day.plusDays(2).atStartOfDay()));
            aggregates.rebuild();
        }
    }

    private void insertIkm(LocalDateTime at, @org.jspecify.annotations.Nullable String channel, int... u) {
        jdbc.update("insert into survey_response (submitted_at, branch_id, channel, gender, age, education,"
                + " occupation, u1, u2, u3, u4, u5, u6, u7, u8, u9) values (?, ?, ?, 'L', 35, 'SMA', 'WIRAUSAHA',"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.valueOf(at), branchId, channel, u[0], u[1], u[2], u[3],
                u[4], u[5], u[6], u[7], u[8]);
    }

    @Test
    void the_fill_statement_of_migration_v28_gives_the_monthly_complaint_aggregates_kept_by_the_service()
            throws Exception {
        var statement = migrationStatement("/db/migration/V28__complaint_monthly.sql",
                "insert into complaint_monthly");
        // two months, one complaint answered: rows on both sides of a month boundary
        for (var at : java.util.List.of(LocalDateTime.of(2019, 1, 31, 23, 0), LocalDateTime.of(2019, 2, 1, 8, 0),
                LocalDateTime.of(2019, 2, 27, 9, 0))) {
            jdbc.update("insert into complaint (ticket_number, received_at, channel, branch_id, kpj_number, category,"
                    + " attribute, severity, description, status, first_response_at, version) values (?, ?, 'COUNTER',"
                    + " ?, '12345678901', 'OTHER', 'COMPLEXITY', 'LOW', 'Peserta bertanya', 'NEW', ?, 0)",
                    "T-V28-" + at.getDayOfMonth(), Timestamp.valueOf(at), branchId,
                    at.getDayOfMonth() == 27 ? Timestamp.valueOf(at.plusHours(1)) : null);
        }
        try {
            complaintAggregates.rebuild();
            var expected = jdbc.queryForList("select * from complaint_monthly order by received_month, branch_id,"
                    + " channel, category, attribute, status, responded");
            assertThat(jdbc.queryForObject("select count(*) from complaint_monthly where branch_id = ? and"
                    + " received_month in (date '2019-01-01', date '2019-02-01')", Long.class, branchId))
                    .isEqualTo(3);
            transaction.executeWithoutResult(status -> {
                jdbc.update("delete from complaint_monthly");
                jdbc.update(statement);
            });
            assertThat(jdbc.queryForList("select * from complaint_monthly order by received_month, branch_id,"
                    + " channel, category, attribute, status, responded")).isEqualTo(expected);
        } finally {
            jdbc.update("delete from complaint where ticket_number like 'T-V28-%'");
            complaintAggregates.rebuild();
        }
    }

    @Test
    void the_fill_statement_of_migration_v29_gives_the_weekly_complaint_aggregates_kept_by_the_service()
            throws Exception {
        var statement = migrationStatement("/db/migration/V29__complaint_weekly.sql",
                "insert into complaint_weekly");
        // Sunday 3 and Monday 4 February 2019 fall in two ISO weeks; Monday 28 January and Sunday 3 February in one
        for (var at : java.util.List.of(LocalDateTime.of(2019, 1, 28, 8, 0), LocalDateTime.of(2019, 2, 3, 23, 0),
                LocalDateTime.of(2019, 2, 4, 0, 30))) {
            jdbc.update("insert into complaint (ticket_number, received_at, channel, branch_id, kpj_number, category,"
                    + " attribute, severity, description, status, version) values (?, ?, 'COUNTER', ?, '12345678901',"
                    + " 'OTHER', 'COMPLEXITY', 'LOW', 'Peserta bertanya', 'NEW', 0)",
                    "T-V29-" + at.getDayOfMonth(), Timestamp.valueOf(at), branchId);
        }
        try {
            complaintAggregates.rebuild();
            var expected = jdbc.queryForList("select * from complaint_weekly order by received_week, branch_id,"
                    + " channel, category");
            assertThat(jdbc.queryForList("select received_week, complaints from complaint_weekly where branch_id = ?"
                    + " and received_week in (date '2019-01-28', date '2019-02-04') order by 1", branchId))
                    .extracting(row -> java.util.List.of(row.get("received_week").toString(),
                            ((Number) row.get("complaints")).longValue()))
                    .containsExactly(java.util.List.of("2019-01-28", 2L), java.util.List.of("2019-02-04", 1L));
            transaction.executeWithoutResult(status -> {
                jdbc.update("delete from complaint_weekly");
                jdbc.update(statement);
            });
            assertThat(jdbc.queryForList("select * from complaint_weekly order by received_week, branch_id,"
                    + " channel, category")).isEqualTo(expected);
        } finally {
            jdbc.update("delete from complaint where ticket_number like 'T-V29-%'");
            complaintAggregates.rebuild();
        }
    }

    @Test
    void validation_names_the_field_for_the_same_bad_values() {
        var response = validResponse(branches.byCode("PWT").orElseThrow());
        response.setScoreComplexity(7);
        response.setSubmittedAt(LocalDateTime.now().plusDays(2));
        var violations = validator.validate(response);
        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("scoreComplexity", "submittedAt");

        var complaint = new Complaint();
        complaint.setReceivedAt(LocalDateTime.of(2026, 11, 2, 9, 0));
        complaint.setKpjNumber("123456789");
        complaint.setCategory(ComplaintCategory.APP_ERROR);
        complaint.setDescription("Aplikasi force close saat klaim");
        complaint.setTicketNumber("PWT-2026-000001");
        complaint.setPlatform(id.bpjs.jmo.complaint.Platform.ANDROID);
        complaint.setErrorMessage("Terjadi kesalahan");
        assertThat(validator.validate(complaint)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("kpjNumber", "branch");
    }

    private SurveyResponse validResponse(Branch branch) {
        var response = new SurveyResponse();
        response.setBranch(branch);
        response.setSubmittedAt(LocalDateTime.now().minusHours(1));
        response.setScoreComplexity(2);
        return response;
    }

    private void insertResponse(int complexity, long branch) {
        jdbc.update("insert into survey_response (submitted_at, branch_id, channel, gender, age, education,"
                + " occupation, uses_jmo, score_relative_advantage, score_compatibility, score_complexity,"
                + " score_trialability, score_observability, overall_satisfaction)"
                + " values (?, ?, 'JMO', 'P', 41, 'S1', 'PNS', true, 4, 4, ?, 4, 4, 4)",
                Timestamp.valueOf(LocalDateTime.now()), branch, complexity);
    }

    @Autowired
    id.bpjs.jmo.claim.ClaimRecords claimRecords;
    @Autowired
    id.bpjs.jmo.survey.SurveyRecords surveyRecords;

    /**
     * Keyset paging returns, page by page, exactly the rows offset paging returns, also when the sort column has nulls
     * and ties (days to payment of unpaid claims, scores) and the direction is mixed; and a page far from the last one
     * read still lands where its offset says.
     */
    @Test
    @WithUserDetails(value = "manajer", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void keyset_pages_hold_the_same_rows_as_offset_pages_with_nulls_and_ties_in_the_sort() {
        var filter = new RecordFilter(new DateRange(LocalDate.now().minusYears(2), LocalDate.now()), null, null);
        var claims = new id.bpjs.jmo.claim.ClaimQuery(filter, null, null, false, null);
        for (var sort : java.util.List.of(org.springframework.data.domain.Sort.by("workingDaysToPayment"),
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc(
                        "workingDaysToPayment"), org.springframework.data.domain.Sort.Order.asc("submittedAt")),
                org.springframework.data.domain.Sort.unsorted())) {
            var anchors = new id.bpjs.jmo.base.domain.KeysetAnchors();
            int pages = 0;
            for (int page = 0; ; page++) {
                var request = org.springframework.data.domain.PageRequest.of(page, 7, sort);
                var byOffset = claimRecords.list(claims, request);
                var byKey = claimRecords.list(claims, request, anchors);
                assertThat(byKey.getContent()).extracting(id.bpjs.jmo.claim.JhtClaim::getId).as(sort + " page " + page)
                        .containsExactlyElementsOf(byOffset.getContent().stream()
                                .map(id.bpjs.jmo.claim.JhtClaim::getId).toList());
                assertThat(byKey.hasNext()).isEqualTo(byOffset.hasNext());
                pages++;
                if (!byOffset.hasNext()) {
                    break;
                }
            }
            assertThat(pages).as("the demo has nulls, ties and more than a few pages of claims").isGreaterThan(5);
            // a jump: three pages past the last anchor, then back to page 2
            for (int page : new int[] {pages + 3 - pages / 2, 2}) {
                var request = org.springframework.data.domain.PageRequest.of(page, 5, sort);
                assertThat(claimRecords.list(claims, request, anchors).getContent())
                        .extracting(id.bpjs.jmo.claim.JhtClaim::getId)
                        .containsExactlyElementsOf(claimRecords.list(claims, request).getContent().stream()
                                .map(id.bpjs.jmo.claim.JhtClaim::getId).toList());
            }
        }
        var anchors = new id.bpjs.jmo.base.domain.KeysetAnchors();
        for (int page = 0; page < 20; page++) {
            var request = org.springframework.data.domain.PageRequest.of(page, 13);
            assertThat(surveyRecords.list(filter, RogersAttribute.COMPLEXITY, false, request, anchors).getContent())
                    .extracting(SurveyResponse::getId).containsExactlyElementsOf(surveyRecords
                            .list(filter, RogersAttribute.COMPLEXITY, false, request).getContent().stream()
                            .map(SurveyResponse::getId).toList());
        }
    }

    @Test
    @WithUserDetails(value = "manajer", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_coding_queue_and_the_excerpt_summary_run_here() {
        var filter = new RecordFilter(new DateRange(LocalDate.now().minusYears(2), LocalDate.now()), branchId, null);
        var queue = codedExcerpts.queue(filter, 20);
        assertThat(queue).hasSize(20).allSatisfy(item -> assertThat(item.branchCode()).isEqualTo("PWT"));
        assertThat(queue).extracting(CodedExcerpts.QueueItem::date).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(queue).extracting(CodedExcerpts.QueueItem::source).contains(SourceType.SURVEY);
        assertThat(codedExcerpts.summary(filter).total()).isPositive();
    }

    @Test
    void a_queue_text_is_coded_once_by_the_database_too() {
        var insert = "insert into qualitative_note (source_type, informant_code, informant_role, noted_on, branch_id,"
                + " attribute, sentiment, body, source_ref) values ('SURVEY', 'R-1', 'PARTICIPANT', ?, ?,"
                + " 'COMPLEXITY', 'NEGATIVE', 'Ribet sekali', 'SURVEY:contract-test')";
        try {
            jdbc.update(insert, java.sql.Date.valueOf(LocalDate.now()), branchId);
            assertThatThrownBy(() -> jdbc.update(insert, java.sql.Date.valueOf(LocalDate.now()), branchId))
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> jdbc.update("update qualitative_note set suggested_sentiment = 'HAPPY'"
                    + " where source_ref = 'SURVEY:contract-test'")).isInstanceOf(DataIntegrityViolationException.class);
        } finally {
            jdbc.update("delete from qualitative_note where source_ref = 'SURVEY:contract-test'");
        }
    }

    @Autowired
    id.bpjs.jmo.branch.BranchLocks branchLocks;

    /**
     * Two writes in one branch at the same moment, each of which has already inserted a row referencing the branch
     * (a complaint, a survey response: the foreign key check locks the branch row for key share on PostgreSQL), then
     * lock the branch to recompute its aggregates: both commit, one after the other. With {@code FOR UPDATE} they
     * waited for each other and PostgreSQL aborted one as a deadlock (the 50-session load test lost complaints so).
     */
    @Test
    void two_writes_in_one_branch_that_both_referenced_it_both_lock_it_for_the_aggregates() throws Exception {
        jdbc.update("delete from ticket_sequence where branch_id = ? and ticket_year in (1901, 1902)", branchId);
        var bothInserted = new java.util.concurrent.CyclicBarrier(2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var writes = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int year : new int[] {1901, 1902}) {
                writes.add(pool.submit(() -> transaction.executeWithoutResult(status -> {
                    jdbc.update("insert into ticket_sequence (branch_id, ticket_year, last_value) values (?, ?, 1)",
                            branchId, year);
                    try {
                        bothInserted.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    branchLocks.lockForAggregates(java.util.List.of(branchId));
                })));
            }
            for (var write : writes) {
                write.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from ticket_sequence where branch_id = ?"
                + " and ticket_year in (1901, 1902)", Integer.class, branchId)).isEqualTo(2);
        jdbc.update("delete from ticket_sequence where branch_id = ? and ticket_year in (1901, 1902)", branchId);
    }

    @Autowired
    id.bpjs.jmo.security.LoginThrottle loginThrottle;

    /** Login throttling (V12): instances counting one name at once lose no failure, and all then see the lock. */
    @Test
    void login_failures_counted_at_the_same_time_are_all_counted_and_lock_the_name() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var attempts = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 8; i++) {
                var address = "192.0.2." + (100 + i);
                attempts.add(pool.submit(() -> loginThrottle.recordFailure("Kontrak.Uji", address)));
            }
            for (var attempt : attempts) {
                attempt.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select failures from login_throttle where subject_kind = 'USER'"
                + " and subject = 'kontrak.uji'", Integer.class)).isEqualTo(8);
        assertThat(loginThrottle.lockedUntil("kontrak.uji", null)).isPresent();
        assertThat(loginThrottle.lockedUntil("orang.lain", "192.0.2.100")).isEmpty();
        loginThrottle.recordSuccess("KONTRAK.UJI");
        assertThat(loginThrottle.lockedUntil("kontrak.uji", null)).isEmpty();
        jdbc.update("delete from login_throttle");
    }

    /** The one-line statement of a migration file that starts with {@code prefix}, without its semicolon. */
    private String migrationStatement(String resource, String prefix) throws java.io.IOException {
        try (var in = getClass().getResourceAsStream(resource)) {
            return java.util.Arrays.stream(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .split("\\n")).filter(line -> line.startsWith(prefix)).findFirst().orElseThrow()
                    .replaceAll(";$", "");
        }
    }
}
