package id.bpjs.jmo.base.domain;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.data.domain.Sort;

/**
 * Where the pages of one list begin, remembered as the sort key of the row just before each page (keyset or "seek"
 * paging). Vaadin's lazy grid asks for rows by offset and limit; a database asked for offset 50,000 reads and drops
 * 50,000 rows first, so page 1,000 of a list costs a thousand times page 1. With an anchor at or below the asked
 * offset, {@link SliceQuery} instead seeks to the anchor's key through the sort index and skips only the few rows
 * between the anchor and the offset: scrolling page after page costs the same at any depth.
 * <p>
 * One instance per list and filter (the view makes a new one whenever it sets the grid's items, so a new filter or
 * sort never reuses old keys). A different sort clears it. At most {@value #MAX_ANCHORS} anchors (a few bytes each)
 * are kept, spread evenly over the depth read so far, so memory per session stays small and a page anywhere in it
 * lands a few pages from an anchor.
 */
public final class KeysetAnchors {

    static final int MAX_ANCHORS = 256;

    /** The row before {@code offset} had these sort values (in the query's order, the id last). */
    record Anchor(long offset, Object[] key) {
    }

    private final TreeMap<Long, Object[]> anchors = new TreeMap<>();
    private Sort sort = Sort.unsorted();

    /** The nearest anchor at or below {@code offset} for this sort, if any. */
    synchronized Optional<Anchor> nearest(Sort forSort, long offset) {
        if (!forSort.equals(sort)) {
            anchors.clear();
            sort = forSort;
        }
        Map.Entry<Long, Object[]> entry = anchors.floorEntry(offset);
        return entry == null ? Optional.empty() : Optional.of(new Anchor(entry.getKey(), entry.getValue()));
    }

    /** Remembers that the row before {@code offset} has {@code key}. */
    synchronized void remember(Sort forSort, long offset, Object[] key) {
        if (!forSort.equals(sort) || offset <= 0) {
            return;
        }
        anchors.put(offset, key);
        if (anchors.size() > MAX_ANCHORS) {
            // drop the anchor whose neighbours are closest together: the anchors stay spread evenly over the depth
            // read so far, so a page anywhere in it is at most a few pages from one
            var offsets = anchors.keySet().toArray(Long[]::new);
            int drop = 1;
            for (int i = 2; i < offsets.length - 1; i++) {
                if (offsets[i + 1] - offsets[i - 1] < offsets[drop + 1] - offsets[drop - 1]) {
                    drop = i;
                }
            }
            anchors.remove(offsets[drop]);
        }
    }

    /** Forgets every anchor: call before refreshing a list whose rows changed (inserted rows shift the offsets). */
    public synchronized void clear() {
        anchors.clear();
    }

    /** How many anchors are kept (for tests). */
    synchronized int size() {
        return anchors.size();
    }
}
