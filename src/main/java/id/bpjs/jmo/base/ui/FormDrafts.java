package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.Map;

/**
 * Unsaved input that survives a change of language: switching reloads the page (every text is read again in the
 * other language), which used to throw away what staff had typed into a half-filled form. Before the reload the
 * values of the open form's bound fields are put into the session, keyed by the page's path; the form puts them back
 * when it opens again on that path, once.
 */
public final class FormDrafts {

    /** A form whose bound fields (with ids) are kept over a language switch. */
    public interface KeepsDraft {
        Binder<?> draftBinder();
    }

    private static final String KEY = FormDrafts.class.getName() + ":";

    private FormDrafts() {
    }

    /** Keeps the values of the open form of {@code ui}, if it has one (called just before the reload). */
    public static void keep(UI ui) {
        var path = ui.getInternals().getActiveViewLocation().getPath();
        ui.getInternals().getActiveRouterTargetsChain().stream().filter(KeepsDraft.class::isInstance)
                .map(KeepsDraft.class::cast).findFirst().ifPresent(form -> {
                    var values = new HashMap<String, Object>();
                    form.draftBinder().getFields().forEach(field -> {
                        if (field instanceof Component component && component.getId().isPresent()
                                && !field.isReadOnly() && !field.isEmpty()) {
                            values.put(component.getId().get(), field.getValue());
                        }
                    });
                    ui.getSession().setAttribute(KEY + path, values);
                });
    }

    /** Puts kept values back into the form opened on {@code path} and forgets them; true when there were any. */
    @SuppressWarnings("unchecked")
    public static boolean restore(KeepsDraft form, String path) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return false;
        }
        var values = (Map<String, Object>) ui.getSession().getAttribute(KEY + path);
        if (values == null) {
            return false;
        }
        ui.getSession().setAttribute(KEY + path, null);
        form.draftBinder().getFields().forEach(field -> {
            if (field instanceof Component component && component.getId().isPresent() && !field.isReadOnly()) {
                var value = values.get(component.getId().get());
                if (value != null) {
                    ((HasValue<?, Object>) field).setValue(value);
                }
            }
        });
        return true;
    }
}
