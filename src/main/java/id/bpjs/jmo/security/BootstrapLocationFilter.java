package id.bpjs.jmo.security;

import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a Vaadin start request ({@code ?v-r=init&location=...}) whose location Vaadin cannot parse, such as the
 * crafted {@code //other.host}, with 400 and one log line (issue 12 §4). Left to Vaadin, the
 * {@link InvalidLocationException} is logged with its whole stack trace three times (the session's error handler,
 * then Tomcat for the Vaadin servlet and again for the dispatcher servlet that forwards to it): a scan fills the log.
 * A log level setting cannot do this: those Tomcat loggers also report real failures, which must keep their trace.
 * The location is checked by the same parser Vaadin uses, so exactly what Vaadin would fail on is refused.
 */
@Component
@ConditionalOnWebApplication
class BootstrapLocationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BootstrapLocationFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var location = "init".equals(request.getParameter("v-r")) ? request.getParameter("location") : null;
        if (location != null) {
            try {
                new Location(location);
            } catch (InvalidLocationException e) {
                log.warn("Refused a Vaadin start request from {} with an invalid location \"{}\": {}",
                        request.getRemoteAddr(), printable(location), e.getMessage());
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The location as sent, without line breaks or control characters (no forged log lines), at most 200 chars. */
    static String printable(String value) {
        var clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 200 ? clean : clean.substring(0, 200) + "…";
    }
}
