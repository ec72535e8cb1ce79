package id.bpjs.jmo.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_stay_text() {
        assertThat(SpreadsheetCells.csv("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCells.csv("+62 812")).isEqualTo("'+62 812");
        assertThat(SpreadsheetCells.csv("-1+1")).isEqualTo("'-1+1");
        assertThat(SpreadsheetCells.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.csv("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void xlsx_text_is_written_exactly_as_stored() {
        assertThat(SpreadsheetCells.xlsx("=HYPERLINK(\"http://x\")")).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCells.xlsx("-1005 Koneksi terputus")).isEqualTo("-1005 Koneksi terputus");
        assertThat(SpreadsheetCells.xlsx(null)).isEmpty();
    }

    @Test
    void ordinary_text_is_left_alone() {
        assertThat(SpreadsheetCells.csv("Aplikasi eror")).isEqualTo("Aplikasi eror");
        assertThat(SpreadsheetCells.csv("2.6.1")).isEqualTo("2.6.1");
        assertThat(SpreadsheetCells.csv(null)).isEmpty();
    }
}
