package id.bpjs.jmo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppVersionTest {

    @Test
    void numeric_parts_sort_as_numbers_so_3_10_comes_after_3_9() {
        var versions = new ArrayList<>(List.of("3.10", "2.10.0", "3.9", "2.9.4", "3.1.1", "3.1", "", "10.0"));
        versions.sort(AppVersion.ORDER);
        assertThat(versions).containsExactly("", "2.9.4", "2.10.0", "3.1", "3.1.1", "3.9", "3.10", "10.0");
    }

    @Test
    void a_suffix_and_a_build_number_are_compared_part_by_part() {
        assertThat(AppVersion.ORDER.compare("3.2.0-rc2", "3.2.0-rc10")).isNegative();
        assertThat(AppVersion.ORDER.compare("3.2.0", "3.2.0-rc1")).isNegative();
        assertThat(AppVersion.ORDER.compare("3.2.0 (812)", "3.2.0 (1204)")).isNegative();
        assertThat(AppVersion.ORDER.compare("V3.2", "v3.2")).isZero();
    }
}
