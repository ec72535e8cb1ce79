package id.bpjs.jmo.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_stay_text() {
        assertThat(SpreadsheetCells.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCells.safe("+62 812")).isEqualTo("'+62 812");
        assertThat(SpreadsheetCells.safe("-1+1")).isEqualTo("'-1+1");
        assertThat(SpreadsheetCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.safe("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void ordinary_text_is_left_alone() {
        assertThat(SpreadsheetCells.safe("Aplikasi eror")).isEqualTo("Aplikasi eror");
        assertThat(SpreadsheetCells.safe("2.6.1")).isEqualTo("2.6.1");
        assertThat(SpreadsheetCells.safe(null)).isEmpty();
    }
}
