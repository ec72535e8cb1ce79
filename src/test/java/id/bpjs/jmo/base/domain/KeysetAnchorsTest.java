package id.bpjs.jmo.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class KeysetAnchorsTest {

    private final Sort newestFirst = Sort.by(Sort.Order.desc("receivedAt"));

    @Test
    void a_page_starts_from_the_nearest_anchor_at_or_below_its_offset() {
        var anchors = new KeysetAnchors();
        assertThat(anchors.nearest(newestFirst, 100)).isEmpty();
        anchors.remember(newestFirst, 50, new Object[] {"a", 1L});
        anchors.remember(newestFirst, 100, new Object[] {"b", 2L});

        assertThat(anchors.nearest(newestFirst, 100)).get().extracting(KeysetAnchors.Anchor::offset).isEqualTo(100L);
        assertThat(anchors.nearest(newestFirst, 149)).get().extracting(KeysetAnchors.Anchor::offset).isEqualTo(100L);
        assertThat(anchors.nearest(newestFirst, 99)).get().extracting(KeysetAnchors.Anchor::offset).isEqualTo(50L);
        assertThat(anchors.nearest(newestFirst, 49)).isEmpty();
    }

    @Test
    void another_sort_forgets_the_keys_of_the_old_one() {
        var anchors = new KeysetAnchors();
        anchors.nearest(newestFirst, 0);
        anchors.remember(newestFirst, 50, new Object[] {"a", 1L});
        assertThat(anchors.nearest(Sort.by("status"), 60)).isEmpty();
        assertThat(anchors.size()).isZero();
    }

    @Test
    void scrolling_a_very_long_list_keeps_a_bounded_number_of_anchors_spread_over_it() {
        var anchors = new KeysetAnchors();
        anchors.nearest(newestFirst, 0);
        for (long page = 1; page <= 5_000; page++) {
            anchors.remember(newestFirst, page * 50, new Object[] {page, page});
        }
        assertThat(anchors.size()).isLessThanOrEqualTo(KeysetAnchors.MAX_ANCHORS);
        // the latest page read is always an anchor, and early depths still have one nearby
        assertThat(anchors.nearest(newestFirst, 5_000 * 50)).get().extracting(KeysetAnchors.Anchor::offset)
                .isEqualTo(5_000L * 50);
        assertThat(anchors.nearest(newestFirst, 1_000 * 50).orElseThrow().offset()).isGreaterThan(900L * 50);
    }
}
