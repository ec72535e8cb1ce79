/** The bell in the header, the alerts page, alert rule settings and deck subscriptions. */
@NullMarked
package id.bpjs.jmo.alert.ui;

import org.jspecify.annotations.NullMarked;
