package id.bpjs.jmo.complaint.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.complaint.ConcurrentEditException;
import java.util.Locale;

/**
 * Someone saved first: says who changed what, keeps this user's input, and lets them choose to keep editing, reload
 * the latest version, or save their values on top of it.
 */
final class ConflictDialog {

    private ConflictDialog() {
    }

    static void open(ComplaintFormView page, Locale locale, ConcurrentEditException conflict, HistoryValues values,
            Runnable reload, Runnable overwrite) {
        var dialog = new ConfirmDialog();
        dialog.setId("conflict-dialog");
        dialog.setHeader(page.getTranslation("complaint.conflict.title"));
        var text = new Div(new Paragraph(page.getTranslation("complaint.conflict")));
        for (var change : conflict.theirChanges()) {
            text.add(new Paragraph(change.getChangedBy() + " · " + Formats.dateTime(change.getChangedAt(),
                    locale) + " · " + page.getTranslation("field." + change.getField()) + ": "
                    + values.display(change.getField(), change.getOldValue()) + " → "
                    + values.display(change.getField(), change.getNewValue())));
        }
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(page.getTranslation("complaint.conflict.keepEditing"));
        dialog.setRejectable(true);
        dialog.setRejectText(page.getTranslation("complaint.conflict.reload"));
        dialog.addRejectListener(e -> reload.run());
        dialog.setConfirmText(page.getTranslation("complaint.conflict.overwrite"));
        dialog.addConfirmListener(e -> overwrite.run());
        dialog.open();
    }
}
