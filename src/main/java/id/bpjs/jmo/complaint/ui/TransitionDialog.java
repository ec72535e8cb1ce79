package id.bpjs.jmo.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Resolving asks for the resolution note, reopening for a reason: a required text before the status changes. */
final class TransitionDialog {

    private TransitionDialog() {
    }

    static void open(Component page, boolean reopen, @Nullable String resolutionNote, Consumer<String> confirmed) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(page.getTranslation(reopen ? "complaint.reopen.title" : "complaint.resolve.title"));
        var note = new TextArea(page.getTranslation(reopen ? "complaint.reopen.reason" : "field.resolutionNote"));
        note.setWidth("28em");
        note.setValue(!reopen && resolutionNote != null ? resolutionNote : "");
        note.setRequired(true);
        note.setId("transition-note");
        var confirm = new Button(page.getTranslation("complaint.confirm"), e -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage(page.getTranslation(reopen ? "complaint.reopen.reasonRequired"
                        : "complaint.resolve.noteRequired"));
                return;
            }
            dialog.close();
            confirmed.accept(note.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("transition-confirm");
        dialog.add(note);
        dialog.getFooter().add(new Button(page.getTranslation("complaint.cancel"), e -> dialog.close()), confirm);
        id.bpjs.jmo.base.ui.Dialogs.keyboard(dialog, confirm, note);
        dialog.open();
    }
}
