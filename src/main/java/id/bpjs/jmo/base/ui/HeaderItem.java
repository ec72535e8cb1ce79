package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A component a feature puts into the header of every logged-in view (e.g. the alerts bell), found as a
 * prototype-scoped Spring bean, so the main layout does not depend on the features (no package cycles).
 */
public interface HeaderItem {

    /** The component to show; a new one per layout instance. */
    Component component();
}
