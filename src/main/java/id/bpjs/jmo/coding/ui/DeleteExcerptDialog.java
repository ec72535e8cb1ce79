package id.bpjs.jmo.coding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Deleting a coded excerpt asks first; a text from the queue is said to go back to the queue. */
final class DeleteExcerptDialog {

    private DeleteExcerptDialog() {
    }

    static void open(Component page, boolean fromQueue, Runnable confirmed) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(page.getTranslation("coding.delete.title"));
        dialog.setText(page.getTranslation(fromQueue ? "coding.delete.textQueue" : "coding.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(page.getTranslation("coding.delete.cancel"));
        dialog.setConfirmText(page.getTranslation("coding.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> confirmed.run());
        dialog.open();
    }
}
