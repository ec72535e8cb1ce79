package id.bpjs.jmo.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The complaint list's address: a filter it understands shows as a removable chip in the page's language; a value it
 * cannot apply (mistyped, stale, forged) is left out instead of showing a chip over an unfiltered list.
 */
@SpringBootTest
@ActiveProfiles("test")
class ListAddressBrowserlessTest extends SpringBrowserlessTest {

    private List<String> chips(Map<String, String> address) {
        UI.getCurrent().navigate(ComplaintsView.class, QueryParameters.simple(address));
        // the chips' container is hidden when empty, and $(…) finds visible components only: walk the view
        var container = descendants($(ComplaintsView.class).single()).filter(Div.class::isInstance)
                .map(Div.class::cast).filter(d -> d.hasClassName("filter-chips")).findFirst().orElseThrow();
        return container.getChildren().filter(Button.class::isInstance).map(b -> ((Button) b).getText()).toList();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(ListAddressBrowserlessTest::descendants));
    }

    @Test
    @WithUserDetails("manajer")
    void an_age_band_from_the_dashboard_shows_as_a_chip_and_values_the_list_cannot_apply_are_left_out() {
        assertThat(chips(Map.of("periode", "6b", "status", "NEW", "umur", "PAST_RESOLUTION_LIMIT")))
                .containsExactlyInAnyOrder("Status: Baru", "Umur: lewat batas penyelesaian");
        assertThat(chips(Map.of("periode", "6b", "umur", "GARBAGE", "status", "XYZ", "petugas", "abc",
                "kategori", "past_resolution_limit", "terlambat", "ya"))).isEmpty();
        assertThat(chips(Map.of("periode", "6b", "petugas", "-1"))).isEmpty();
        assertThat(chips(Map.of("periode", "6b", "petugas", "99999999999999999999"))).isEmpty();
    }
}
