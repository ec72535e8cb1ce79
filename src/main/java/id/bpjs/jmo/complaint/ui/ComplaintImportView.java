package id.bpjs.jmo.complaint.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.bpjs.jmo.base.domain.ImportTimestamps;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.complaint.ComplaintColumn;
import id.bpjs.jmo.complaint.ComplaintImport;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Upload a CSV or XLSX of complaints, see every problem by row and field, or a preview of what will be stored;
 * then import all rows at once with a progress bar. A file with errors imports nothing.
 */
@Route(Links.COMPLAINT_IMPORT)
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
public class ComplaintImportView extends VerticalLayout implements HasDynamicTitle {

    private final ComplaintImport importer;
    private final Paragraph summary = new Paragraph();
    private final Grid<ComplaintImport.RowError> errors = new Grid<>();
    private final Grid<ComplaintImport.ValidRow> preview = new Grid<>();
    private final Button store = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final com.vaadin.flow.component.select.Select<ImportTimestamps.DateOrder> dateOrder =
            new com.vaadin.flow.component.select.Select<>();
    private ComplaintImport.Parsed parsed = new ComplaintImport.Parsed(java.util.List.of(), java.util.List.of());
    /** The last upload (at most the 10 MB limit), checked again when the person picks the date order. */
    private byte @org.jspecify.annotations.Nullable [] lastContent;
    private String lastName = "";

    ComplaintImportView(ComplaintImport importer) {
        this.importer = importer;
        addClassName("import-view");
        var back = new Button(getTranslation("complaint.backToList"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(ComplaintsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var help = new Paragraph(getTranslation("import.help", titles(ComplaintImport.REQUIRED),
                Formats.number(ComplaintImport.MAX_ROWS, getLocale()), titles(ComplaintImport.OPTIONAL)));

        // the stream is read only up to the limit, so an oversized upload never sits in memory whole
        var upload = new Upload((UploadHandler) event -> {
            // the handler runs outside the UI thread: the page's language comes from the upload's UI
            var locale = event.getUI().getLocale();
            ComplaintImport.Parsed result;
            try {
                var data = id.bpjs.jmo.base.domain.TableReader.readBounded(event.getInputStream(),
                        ComplaintImport.LIMITS);
                result = importer.check(event.getFileName(), data, locale, order(), ImportTimestamps.DEFAULT_ZONE);
                keep(event.getFileName(), data);
            } catch (id.bpjs.jmo.base.domain.TableReadException e) {
                result = new ComplaintImport.Parsed(java.util.List.of(), java.util.List.of(
                        new ComplaintImport.RowError(0, "", getTranslation(locale, e.messageKey(), e.arguments()))));
            }
            var checked = result;
            event.getUI().access(() -> show(event.getFileName(), checked));
        });
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".tsv", ".txt", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize((int) ComplaintImport.MAX_BYTES);
        upload.addFileRejectedListener(e -> summary.setText(getTranslation("import.file.tooLarge",
                ComplaintImport.LIMITS.maxMegabytes())));
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setUploadButton(new Button(getTranslation("import.choose"), VaadinIcon.FILE_ADD.create()));
        upload.setMaxFiles(1);
        upload.setId("import-upload");

        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(ComplaintImport.RowError::row).setHeader(getTranslation("import.row")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(ComplaintImport.RowError::field).setHeader(getTranslation("import.field")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(ComplaintImport.RowError::reason).setHeader(getTranslation("import.reason"));
        errors.setVisible(false);
        errors.setId("import-errors");

        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.addColumn(ComplaintImport.ValidRow::row).setHeader(getTranslation("import.row")).setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(r -> Formats.dateTime(r.draft().getReceivedAt(), getLocale())).setHeader(getTranslation("list.received"))
                .setAutoWidth(true);
        preview.addColumn(r -> r.draft().getBranch() == null ? "" : r.draft().getBranch().getCode())
                .setHeader(getTranslation("list.branch")).setAutoWidth(true);
        preview.addColumn(r -> getTranslation("enum.ComplaintChannel." + r.draft().getChannel().name()))
                .setHeader(getTranslation("list.channel")).setAutoWidth(true);
        preview.addColumn(r -> getTranslation("enum.ComplaintCategory." + r.draft().getCategory().name()))
                .setHeader(getTranslation("list.category")).setAutoWidth(true);
        preview.addColumn(r -> r.draft().getAttribute().label(getLocale())).setHeader(getTranslation("list.attribute"))
                .setAutoWidth(true);
        preview.addColumn(r -> r.draft().getDescription()).setHeader(getTranslation("list.description"));
        preview.setVisible(false);
        preview.setId("import-preview");

        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        store.setVisible(false);
        store.setId("import-store");
        store.addClickListener(e -> runImport());
        progress.setVisible(false);
        progressText.setVisible(false);
        dateOrder.setLabel(getTranslation("import.dateOrder"));
        dateOrder.setItems(ImportTimestamps.DateOrder.values());
        dateOrder.setItemLabelGenerator(o -> getTranslation("import.dateOrder." + o.name()));
        dateOrder.setValue(ImportTimestamps.DateOrder.AUTO);
        dateOrder.setId("import-date-order");
        summary.setId("import-summary");
        dateOrder.addValueChangeListener(e -> {
            var content = lastContent;
            if (content != null) {
                show(lastName, importer.check(lastName, content, getLocale(), order(),
                        ImportTimestamps.DEFAULT_ZONE));
            }
        });
        add(back, new H2(getTranslation("import.title")), help, dateOrder, upload, summary, store, progress, progressText, errors,
                preview);
    }

    private void show(String fileName, ComplaintImport.Parsed result) {
        parsed = result;
        progress.setVisible(false);
        progressText.setVisible(false);
        errors.setVisible(!result.errors().isEmpty());
        errors.setItems(result.errors());
        preview.setVisible(result.importable());
        preview.setItems(result.rows().stream().limit(200).toList());
        store.setVisible(result.importable());
        store.setEnabled(true);
        store.setText(getTranslation("import.store", result.rows().size()));
        summary.setText(result.importable() ? getTranslation("import.ready", fileName,
                result.rows().size()) : refusedWhole(result) ? fileName + ": "
                + result.errors().getFirst().reason() : getTranslation("import.rejected", fileName,
                result.errors().size()));
        summary.getElement().getClassList().set("import-rejected", !result.importable());
    }

    private ImportTimestamps.DateOrder order() {
        var chosen = dateOrder.getValue();
        return chosen == null ? ImportTimestamps.DateOrder.AUTO : chosen;
    }

    private synchronized void keep(String fileName, byte[] content) {
        lastName = fileName;
        lastContent = content;
    }

    /** A file refused as a whole (too large, no data rows...) says its one sentence, not "1 error found". */
    private static boolean refusedWhole(ComplaintImport.Parsed result) {
        return result.errors().size() == 1 && result.errors().getFirst().row() == 0;
    }

    private void runImport() {
        var ui = UI.getCurrent();
        var total = parsed.rows().size();
        store.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setVisible(true);
        var toImport = parsed;
        Runnable task = () -> {
            try {
                int stored = importer.store(toImport, done -> ui.access(() -> {
                    progress.setValue(done / (double) total);
                    progressText.setText(getTranslation("import.progress", done, total));
                }));
                ui.access(() -> {
                    progress.setValue(1);
                    store.setVisible(false);
                    summary.setText(getTranslation("import.done", stored));
                    Notification.show(getTranslation("import.done", stored), 5000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    store.setEnabled(true);
                    summary.setText(getTranslation("import.failed"));
                    Notification.show(getTranslation("import.failed"), 6000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        };
        // the import runs in the background with the user's rights, so the page can show progress meanwhile
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    /** The columns' titles in the page's language, as the export writes them. */
    private String titles(java.util.List<ComplaintColumn> columns) {
        return String.join(", ", columns.stream().map(column -> column.title(getLocale())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
