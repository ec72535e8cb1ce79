/**
 * The address contract between pages, free of Vaadin so that services (alert links, e-mails) and views share it:
 * route and parameter names ({@link id.bpjs.jmo.base.web.LinkNames}) and the link builder
 * ({@link id.bpjs.jmo.base.web.Href}). The Vaadin side ({@code base.ui.Links}, {@code FilterParams}) uses the same
 * constants.
 */
@NullMarked
package id.bpjs.jmo.base.web;

import org.jspecify.annotations.NullMarked;
