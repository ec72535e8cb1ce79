package id.bpjs.jmo.alert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import id.bpjs.jmo.alert.AlertRule;
import id.bpjs.jmo.alert.DeckFormat;
import id.bpjs.jmo.alert.DeckSubscriptions;
import id.bpjs.jmo.alert.PeriodKind;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.alert.AlertService.AlertItem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The bell, the alerts page and the admin pages as Vaadin builds them, on the demo data (no SMTP configured). */
@SpringBootTest(properties = "jmo.alert.evaluate-at-start=true")
@ActiveProfiles("test")
class AlertViewsBrowserlessTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails("manajer")
    void the_manager_sees_the_unread_count_in_the_bell_and_the_demo_error_alert_on_the_alerts_page() {
        navigate(AlertsView.class);
        var bell = $(AlertBell.class).single();
        var count = $(Span.class, bell).all().stream().filter(s -> s.hasClassName("alert-bell-count")).findFirst()
                .orElseThrow();
        assertThat(count.isVisible()).isTrue();
        assertThat(Integer.parseInt(count.getText())).isPositive();

        @SuppressWarnings("unchecked")
        Grid<AlertItem> grid = $(Grid.class).id("alerts-grid");
        assertThat(grid.getGenericDataView().getItems()).anyMatch(a -> a.branchCode().equals("PWT")
                && (a.rule() == AlertRule.APP_ERRORS_WEEK || a.rule() == AlertRule.APP_VERSION_ERRORS));

        test($(Button.class).id("alerts-read-all")).click();
        navigate(AlertsView.class);
        // an invisible component is not found by $(...): read the bell's children directly
        var after = $(AlertBell.class).single().getChildren().filter(c -> c instanceof Span)
                .map(Span.class::cast).filter(s -> s.hasClassName("alert-bell-count")).findFirst().orElseThrow();
        assertThat(after.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("manajer")
    void an_alert_whose_condition_ended_says_when_it_ended_and_since_when_it_lasted() {
        var opened = java.time.LocalDateTime.of(2026, 3, 2, 8, 0);
        var ended = java.time.LocalDateTime.of(2026, 3, 4, 9, 30);
        // a copy of a demo alert (its rule, branch and numbers) whose condition has ended
        jdbc.update("insert into alert (rule, branch_id, subject, open_key, opened_at, checked_at, closed_at, params,"
                + " link) select rule, branch_id, 'uji-berakhir', null, ?, ?, ?, params, link from alert"
                + " where id = (select min(id) from alert)", java.sql.Timestamp.valueOf(opened),
                java.sql.Timestamp.valueOf(ended), java.sql.Timestamp.valueOf(ended));
        try {
            navigate(AlertsView.class);
            @SuppressWarnings("unchecked")
            Grid<AlertItem> grid = $(Grid.class).id("alerts-grid");
            var items = grid.getGenericDataView().getItems().toList();
            var row = items.stream().filter(a -> a.closedAt() != null && a.closedAt().equals(ended)).findFirst()
                    .orElseThrow();
            assertThat(test(grid).getCellText(items.indexOf(row), grid.getColumns().indexOf(grid.getColumnByKey(
                    "status")))).isEqualTo("Berakhir 4 Mar 2026 09.30 (sejak 2 Mar 2026 08.00)");
        } finally {
            jdbc.update("delete from alert where subject = 'uji-berakhir'");
        }
    }

    @Test
    @WithUserDetails("manajer")
    void a_manager_subscribes_to_a_branch_deck_on_the_subscriptions_page() {
        navigate(SubscriptionsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Branch> branch = $(ComboBox.class).id("subscription-branch");
        branch.setValue(branch.getGenericDataView().getItems().filter(b -> b.getCode().equals("SMG")).findFirst()
                .orElseThrow());
        test($(Button.class).id("subscription-add")).click();

        @SuppressWarnings("unchecked")
        Grid<DeckSubscriptions.Subscription> grid = $(Grid.class).id("subscriptions-grid");
        assertThat(grid.getGenericDataView().getItems()).anyMatch(s -> s.branchCode().equals("SMG")
                && s.kind() == PeriodKind.MONTHLY && s.format() == DeckFormat.PPTX && s.active()
                && s.username().equals("manajer"));
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_pages_say_that_e_mail_is_off_without_an_smtp_host() {
        navigate(AlertSettingsView.class);
        assertThat($(Paragraph.class).id("mail-status").getText()).startsWith("E-mail nonaktif");
        navigate(SubscriptionsView.class);
        assertThat($(Paragraph.class).id("mail-status").getText()).startsWith("E-mail nonaktif");
    }
}
