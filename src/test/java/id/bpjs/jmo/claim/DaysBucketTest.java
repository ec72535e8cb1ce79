package id.bpjs.jmo.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The claim-speed bar in the address ({@code hari=3}, {@code hari=10+}): written and read in one format. */
class DaysBucketTest {

    @Test
    void every_bar_reads_back_as_written() {
        for (int bar = 0; bar <= ClaimStatistics.MAX_DAYS_BUCKET; bar++) {
            var bucket = DaysBucket.ofBar(bar);
            assertThat(DaysBucket.parse(bucket.value())).contains(bucket);
        }
        assertThat(DaysBucket.ofBar(3).value()).isEqualTo("3");
        assertThat(DaysBucket.ofBar(ClaimStatistics.MAX_DAYS_BUCKET).value())
                .isEqualTo(ClaimStatistics.MAX_DAYS_BUCKET + "+");
    }

    @Test
    void a_malformed_value_names_no_bucket() {
        assertThat(DaysBucket.parse(null)).isEmpty();
        assertThat(DaysBucket.parse("")).isEmpty();
        assertThat(DaysBucket.parse("tiga")).isEmpty();
        assertThat(DaysBucket.parse("123")).isEmpty();
        assertThat(DaysBucket.parse("+")).isEmpty();
        assertThat(DaysBucket.parse("7+")).contains(new DaysBucket(7, true));
    }
}
