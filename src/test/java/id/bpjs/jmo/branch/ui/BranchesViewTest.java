package id.bpjs.jmo.branch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjs.jmo.base.time.IndonesianZone;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The branches admin view sets a branch's time zone. */
@SpringBootTest
@ActiveProfiles("test")
class BranchesViewTest extends SpringBrowserlessTest {

    @Autowired
    BranchService branches;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void an_admin_adds_a_branch_in_wit_choosing_from_the_three_zones() {
        navigate(BranchesView.class);
        test($(Button.class).id("branch-add")).click();
        Select<IndonesianZone> zone = $(Select.class).id("branch-zone");
        assertThat(zone.getValue()).isEqualTo(IndonesianZone.WIB);
        assertThat(zone.getListDataView().getItems()).containsExactly(IndonesianZone.WIB, IndonesianZone.WITA,
                IndonesianZone.WIT);
        assertThat(zone.getItemLabelGenerator().apply(IndonesianZone.WIT)).isEqualTo("WIT (Asia/Jayapura, UTC+9)");
        $(TextField.class).id("branch-code").setValue("AMB");
        $(TextField.class).id("branch-name").setValue("Ambon");
        $(TextField.class).id("branch-office").setValue("Kantor Wilayah Maluku");
        zone.setValue(IndonesianZone.WIT);
        test($(Button.class).id("branch-save")).click();

        assertThat(branches.byCode("AMB").map(Branch::getTimeZone)).contains("Asia/Jayapura");
        Grid<Branch> grid = $(Grid.class).single();
        assertThat(grid.getListDataView().getItems().filter(b -> b.getCode().equals("AMB"))).hasSize(1);
    }
}
