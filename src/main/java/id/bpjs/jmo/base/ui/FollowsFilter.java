package id.bpjs.jmo.base.ui;

/**
 * A page that reads period, branch and channel from its address: the side navigation links to it with the filter
 * the person last chose (see {@link FilterMemory}).
 */
public interface FollowsFilter {
}
