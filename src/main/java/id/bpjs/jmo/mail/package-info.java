/** Outgoing e-mail over SMTP (Spring's mail support), configured by environment variables; off without a host. */
@NullMarked
package id.bpjs.jmo.mail;

import org.jspecify.annotations.NullMarked;
