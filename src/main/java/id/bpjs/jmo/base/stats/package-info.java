/**
 * Statistics several features share (significance of changes, intervals), computed from the sums the daily
 * aggregates keep. No feature depends on another through it, so it cannot create a cycle.
 */
@NullMarked
package id.bpjs.jmo.base.stats;

import org.jspecify.annotations.NullMarked;
