package id.bpjs.jmo.testing;

import com.vaadin.browserless.mocks.MockResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A download link clicked in a browserless test as the browser's click reaches it: Vaadin runs a
 * {@code DownloadHandler} in a request of its own, outside the session lock and with no current UI, so a handler
 * that asks for the page's locale there gets the first language the app provides instead. The test's UI is put away
 * while the handler runs, and the file name comes from the Content-Disposition header it sets.
 */
public final class Downloads {

    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    /** A downloaded file: the name the browser would save it under, and its bytes. */
    public record File(String name, byte[] bytes) {
    }

    private Downloads() {
    }

    public static File click(Anchor anchor) {
        var response = mockResponse();
        // the mock response is shared by every click of a test; the handler names the file only once per response
        response.getHeaders().remove("Content-Disposition");
        var session = Objects.requireNonNull(VaadinSession.getCurrent());
        var resource = session.getResourceRegistry().getResource(URI.create(anchor.getHref()))
                .filter(StreamResourceRegistry.ElementStreamResource.class::isInstance)
                .map(StreamResourceRegistry.ElementStreamResource.class::cast)
                .orElseThrow(() -> new AssertionError("no download behind " + anchor.getHref()));
        var handler = (DownloadHandler) resource.getElementRequestHandler();
        var out = new ByteArrayOutputStream();
        var event = new DownloadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), session,
                resource.getOwner()) {
            @Override
            public OutputStream getOutputStream() {
                return out;
            }
        };
        var ui = UI.getCurrent();
        UI.setCurrent(null);
        try {
            handler.handleDownloadRequest(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            UI.setCurrent(ui);
        }
        var disposition = Objects.requireNonNullElse(response.getHeader("Content-Disposition"), "");
        var name = FILE_NAME.matcher(disposition);
        return new File(name.find() ? name.group(1) : "", out.toByteArray());
    }

    /** The browserless response under Vaadin's wrappers. */
    private static MockResponse mockResponse() {
        ServletResponse response = (VaadinServletResponse) Objects.requireNonNull(VaadinResponse.getCurrent());
        while (!(response instanceof MockResponse) && response instanceof ServletResponseWrapper wrapper) {
            response = wrapper.getResponse();
        }
        return (MockResponse) response;
    }
}
