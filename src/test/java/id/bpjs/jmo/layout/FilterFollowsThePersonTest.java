package id.bpjs.jmo.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import id.bpjs.jmo.base.domain.PeriodPreset;
import id.bpjs.jmo.base.ui.FilterBar;
import id.bpjs.jmo.complaint.ui.ComplaintsView;
import id.bpjs.jmo.dashboard.ui.DashboardView;
import id.bpjs.jmo.findings.ui.FindingsView;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Period, branch and channel are one state: the menu takes them from page to page. */
@SpringBootTest
@ActiveProfiles("test")
class FilterFollowsThePersonTest extends SpringBrowserlessTest {

    private final String year = String.valueOf(LocalDate.now().getYear());

    @Test
    @WithUserDetails("manajer")
    void a_filter_set_on_the_dashboard_is_the_same_on_findings_opened_from_the_menu() {
        navigate(DashboardView.class);
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("periode", "s2", "tahun", year,
                "cabang", "PWT", "kanal", "jmo")));

        assertThat(menuItem("Temuan").getPath()).contains("periode=s2", "tahun=" + year, "cabang=PWT", "kanal=jmo");
        click(menuItem("Temuan"));

        assertThat(getCurrentView()).isInstanceOf(FindingsView.class);
        assertFilter(PeriodPreset.SEMESTER_2, "PWT", "jmo");
    }

    @Test
    @WithUserDetails("manajer")
    void a_page_opened_without_a_filter_shows_the_one_last_chosen_and_a_new_choice_moves_on_with_the_person() {
        navigate(DashboardView.class);
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("periode", "s2", "tahun", year,
                "cabang", "PWT")));
        // a link without parameters (e.g. the list's own address typed in)
        UI.getCurrent().navigate(ComplaintsView.class);
        assertFilter(PeriodPreset.SEMESTER_2, "PWT", "");

        // a change on the list is what the next page shows
        UI.getCurrent().navigate(ComplaintsView.class, QueryParameters.simple(Map.of("periode", "3b")));
        click(menuItem("Dasbor"));
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertFilter(PeriodPreset.LAST_3_MONTHS, null, "");
    }

    private SideNavItem menuItem(String label) {
        return $(SideNavItem.class).all().stream().filter(i -> i.getLabel().equals(label)).findFirst().orElseThrow();
    }

    /** What the browser does with the item's link (the tester's own click cannot pass a query string). */
    private static void click(SideNavItem item) {
        var path = item.getPath();
        int question = path.indexOf('?');
        if (question < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, question),
                    QueryParameters.fromString(path.substring(question + 1)));
        }
    }

    @SuppressWarnings("unchecked")
    private void assertFilter(PeriodPreset period, String branch, String channel) {
        var bar = $(FilterBar.class).single();
        assertThat(((Select<PeriodPreset>) $(Select.class, bar).id("filter-period")).getValue()).isEqualTo(period);
        var selected = ((ComboBox<FilterBar.BranchOption>) $(ComboBox.class, bar).id("filter-branch")).getValue();
        assertThat(selected == null ? null : selected.code()).isEqualTo(branch);
        assertThat(((Select<String>) $(Select.class, bar).id("filter-channel")).getValue()).isEqualTo(channel);
    }
}
