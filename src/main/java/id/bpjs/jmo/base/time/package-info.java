/**
 * The service's time: one replaceable {@link java.time.Clock} and the zone of each branch (WIB, WITA, WIT), so that
 * "now", "today" and working-day ages do not depend on the zone the server or container happens to run in.
 */
@NullMarked
package id.bpjs.jmo.base.time;

import org.jspecify.annotations.NullMarked;
