package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The keyboard rules every form and dialog follows, in one place: Ctrl+Enter saves from any field, the value being
 * typed is committed first, and a dialog opens with the cursor in its first field. Every {@link Dialog} goes through
 * {@link #keyboard}; a question without a field ("Revoke this kiosk?") is a {@code ConfirmDialog}, which opens with
 * the focus on its confirm button. {@code ArchitectureTest} keeps every Dialog to this.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Ctrl+Enter clicks {@code save} while the focus is anywhere inside {@code scope} (the view, or the dialog). The
     * focused field is blurred and refocused first so a text field in ON_CHANGE mode sends its last typed value
     * before the click runs (without it, the last field typed in looked empty to the binder: "Wajib diisi").
     */
    public static ShortcutRegistration saveOnCtrlEnter(Button save, Component scope) {
        save.setTooltipText("Ctrl+Enter");
        return save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(scope).resetFocusOnActiveElement();
    }

    /** A dialog's keyboard: Ctrl+Enter saves, and the cursor is in {@code first} whenever it opens. */
    public static void keyboard(Dialog dialog, Button save, Focusable<?> first) {
        saveOnCtrlEnter(save, dialog);
        whenOpened(dialog, first::focus);
    }

    /**
     * The same for a dialog that opens with a choice of radio buttons (a 1–5 rating): the cursor is on the chosen
     * button, or the first, so the arrow keys change the choice at once. Flow's RadioButtonGroup is not
     * {@link Focusable} and its element cannot take the focus itself (flow-components#1174).
     */
    public static void keyboard(Dialog dialog, Button save, RadioButtonGroup<?> first) {
        saveOnCtrlEnter(save, dialog);
        whenOpened(dialog, () -> first.getElement().executeJs("setTimeout(() => {"
                + " const button = this.querySelector('vaadin-radio-button[checked]')"
                + " || this.querySelector('vaadin-radio-button'); if (button) button.focus(); }, 0)"));
    }

    private static void whenOpened(Dialog dialog, Runnable focus) {
        dialog.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                focus.run();
            }
        });
    }
}
