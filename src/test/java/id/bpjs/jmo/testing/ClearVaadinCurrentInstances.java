package id.bpjs.jmo.testing;

import com.vaadin.flow.internal.CurrentInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Keeps the test user's login where the code under test looks for it, in a JVM that runs several Spring contexts.
 * Vaadin installs its own {@code VaadinAwareSecurityContextHolderStrategy} as a bean of each context and as the
 * global {@link SecurityContextHolder} strategy when the context starts; so after a second context had started, a test
 * of the first one had its {@code @WithUserDetails} user put in its context's strategy while views and services read
 * the other (views redirected to the login page, services refused). Before each Spring test this puts the test's own
 * context's strategy back, and around every test it clears Vaadin's thread-bound current instances (that strategy
 * reads the current VaadinSession first). Registered for every test through JUnit's extension auto-detection
 * (META-INF/services, junit-platform.properties).
 */
public class ClearVaadinCurrentInstances implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CurrentInstance.clearAll();
        var testClass = context.getRequiredTestClass();
        if (AnnotatedElementUtils.hasAnnotation(testClass, BootstrapWith.class)) {
            SpringExtension.getApplicationContext(context).getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CurrentInstance.clearAll();
    }
}
