/**
 * Alerts: rules evaluated on a schedule (error reports, a new app version, satisfaction, complaint time limits, the
 * IKM sample), each judged by {@code base.stats.Significance}; open while the condition lasts, closed when it ends;
 * shown per user (read/unread) and mailed. Also the findings deck mailed on a schedule to its subscribers, and the
 * database lock (ShedLock) that keeps scheduled work to one app instance.
 */
@NullMarked
package id.bpjs.jmo.alert;

import org.jspecify.annotations.NullMarked;
