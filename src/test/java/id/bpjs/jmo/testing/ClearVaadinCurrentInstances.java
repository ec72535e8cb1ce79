package id.bpjs.jmo.testing;

import com.vaadin.flow.internal.CurrentInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Clears Vaadin's thread-bound current instances (VaadinSession, UI, …) around every test. Vaadin's
 * VaadinAwareSecurityContextHolderStrategy reads the security context from the current VaadinSession first; a session
 * left on the test thread by an earlier browserless test made the next test class see that stale, anonymous context
 * instead of its {@code @WithUserDetails} user (views redirected to the login page, services refused). Registered for
 * every test through JUnit's extension auto-detection (META-INF/services, junit-platform.properties).
 */
public class ClearVaadinCurrentInstances implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CurrentInstance.clearAll();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CurrentInstance.clearAll();
    }
}
