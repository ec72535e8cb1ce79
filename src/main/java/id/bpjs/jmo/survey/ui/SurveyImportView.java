package id.bpjs.jmo.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.bpjs.jmo.base.domain.ImportTimestamps;
import id.bpjs.jmo.base.domain.TableReadException;
import id.bpjs.jmo.base.domain.TableReader;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.survey.SurveyColumnMapping;
import id.bpjs.jmo.survey.SurveyImport;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Import survey responses from another tool's export: upload, map the columns (remembered for next time), check
 * (every problem by row and field, or a preview), then import all rows at once with a progress bar.
 */
@Route(Links.SURVEY_IMPORT)
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
public class SurveyImportView extends VerticalLayout implements HasDynamicTitle {

    private final SurveyImport importer;
    private final SurveyColumnMapping columnMapping;
    private final FormLayout mappingForm = new FormLayout();
    private final Map<String, Select<String>> selects = new LinkedHashMap<>();
    private final Select<ImportTimestamps.DateOrder> dateOrder = new Select<>();
    /** Offered only when the charset detection refused a CSV: the person picks one and sees the preview. */
    private final Select<java.nio.charset.Charset> charset = new Select<>();
    private byte @Nullable [] undecided;
    private String undecidedName = "";
    private final Button check = new Button();
    private final Button store = new Button();
    private final Paragraph summary = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<SurveyImport.RowError> errors = new Grid<>();
    private final Grid<id.bpjs.jmo.survey.SurveyResponse> preview = new Grid<>();
    private final Select<id.bpjs.jmo.branch.Branch> branch = new Select<>();
    private final Grid<SurveyImport.WordUse> words = new Grid<>();
    private id.bpjs.jmo.base.domain.TableFile table = id.bpjs.jmo.base.domain.TableFile.empty();
    private SurveyImport.Parsed parsed = new SurveyImport.Parsed(List.of(), List.of());

    SurveyImportView(SurveyImport importer, SurveyColumnMapping columnMapping,
            id.bpjs.jmo.branch.BranchService branches, id.bpjs.jmo.security.CurrentUser currentUser) {
        this.importer = importer;
        this.columnMapping = columnMapping;
        // plain SKM files have no branch column: the rows go to the branch chosen here (staff: their own, fixed)
        var user = currentUser.require();
        branch.setLabel(getTranslation("surveyImport.defaultBranch"));
        branch.setHelperText(getTranslation("surveyImport.defaultBranch.help"));
        branch.setItems(branches.all());
        branch.setItemLabelGenerator(b -> b.getCode() + " · " + b.getName());
        branch.setId("survey-import-branch");
        if (user.role() != Role.ADMIN && user.branchId() != null) {
            branches.byId(user.branchId()).ifPresent(branch::setValue);
            branch.setReadOnly(true);
        }
        words.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        words.addColumn(w -> getTranslation("surveyImport.field." + w.field()) + " (" + w.column() + ")")
                .setHeader(getTranslation("import.field")).setAutoWidth(true);
        words.addColumn(SurveyImport.WordUse::text).setHeader(getTranslation("surveyImport.words.text"))
                .setAutoWidth(true);
        words.addColumn(SurveyImport.WordUse::score).setHeader(getTranslation("surveyImport.words.score"))
                .setAutoWidth(true).setFlexGrow(0);
        words.addColumn(w -> Formats.number(w.rows(), getLocale())).setHeader(getTranslation("surveyImport.words.rows"))
                .setAutoWidth(true).setFlexGrow(0);
        words.setAllRowsVisible(true);
        words.setVisible(false);
        words.setId("survey-import-words");
        addClassName("import-view");
        var back = new Button(getTranslation("menu.responses"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(SurveyResponsesView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // the stream is read only up to the limit, so an oversized upload never sits in memory whole
        var upload = new Upload((UploadHandler) event -> {
            id.bpjs.jmo.base.domain.@Nullable TableFile read = null;
            @Nullable String refusal = null;
            byte @Nullable [] data = null;
            byte @Nullable [] undecidedData = null;
            try {
                data = TableReader.readBounded(event.getInputStream(), SurveyImport.LIMITS);
                read = TableReader.read(event.getFileName(), data, SurveyImport.LIMITS);
            } catch (TableReadException e) {
                refusal = getTranslation(event.getUI().getLocale(), e.messageKey(), e.arguments());
                // kept only for a CSV whose charset the person has to choose (nothing else is held then)
                undecidedData = e.messageKey().equals("import.file.encoding") ? data : null;
            } catch (java.io.IOException | RuntimeException e) {
                refusal = getTranslation(event.getUI().getLocale(), "import.failedRead", event.getFileName());
            }
            var result = read;
            var message = refusal;
            var keep = undecidedData;
            event.getUI().access(() -> {
                undecided = keep;
                undecidedName = event.getFileName();
                charset.clear();
                charset.setVisible(keep != null);
                loaded(event.getFileName(), result, message);
            });
        });
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".tsv", ".txt");
        upload.setMaxFileSize((int) SurveyImport.LIMITS.maxBytes());
        upload.addFileRejectedListener(e -> summary.setText(getTranslation("import.file.tooLarge",
                SurveyImport.LIMITS.maxMegabytes())));
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setUploadButton(new Button(getTranslation("import.choose"), VaadinIcon.FILE_ADD.create()));
        upload.setId("survey-import-upload");
        summary.setId("survey-import-summary");
        charset.setLabel(getTranslation("import.charset"));
        charset.setItems(TableReader.CHOOSABLE);
        charset.setItemLabelGenerator(java.nio.charset.Charset::displayName);
        charset.setVisible(false);
        charset.setId("survey-import-charset");
        charset.addValueChangeListener(e -> readAs(e.getValue()));
        mappingForm.setId("survey-import-mapping");
        mappingForm.setVisible(false);
        mappingForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        check.setText(getTranslation("surveyImport.check"));
        check.setVisible(false);
        check.setId("survey-import-check");
        check.addClickListener(e -> runCheck());
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        store.setVisible(false);
        store.setId("survey-import-store");
        // a second click before the answer would store the same rows in a second transaction
        store.setDisableOnClick(true);
        store.addClickListener(e -> runStore());
        progress.setVisible(false);
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(SurveyImport.RowError::row).setHeader(getTranslation("import.row")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(r -> r.field().isEmpty() ? "" : getTranslation("surveyImport.field." + r.field()))
                .setHeader(getTranslation("import.field")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(SurveyImport.RowError::reason).setHeader(getTranslation("import.reason"));
        errors.setVisible(false);
        errors.setId("survey-import-errors");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.addColumn(r -> Formats.dateTime(r.getSubmittedAt(), getLocale())).setHeader(getTranslation("list.time"))
                .setAutoWidth(true);
        preview.addColumn(r -> r.getBranch() == null ? "" : r.getBranch().getCode()).setHeader(getTranslation(
                "list.branch")).setAutoWidth(true);
        preview.addColumn(r -> (r.getChannel() == null ? "–" : getTranslation("enum.SurveyChannel." + r.getChannel().name())))
                .setHeader(getTranslation("list.channel")).setAutoWidth(true);
        for (var attribute : id.bpjs.jmo.base.domain.RogersAttribute.values()) {
            preview.addColumn(r -> r.score(attribute) == null ? "–" : String.valueOf(r.score(attribute))).setHeader(attribute.label(getLocale())).setAutoWidth(true);
        }
        preview.addColumn(r -> r.getOverallSatisfaction() == null ? "–"
                : String.valueOf(r.getOverallSatisfaction()))
                .setHeader(getTranslation("list.overall")).setAutoWidth(true);
        preview.addColumn(r -> r.ikmAnswers()[0] == null ? "–" : "✓").setHeader("IKM").setAutoWidth(true);
        preview.addColumn(r -> r.getComment() == null ? "" : r.getComment()).setHeader(getTranslation("list.comment"));
        preview.setVisible(false);
        preview.setId("survey-import-preview");
        add(back, new H2(getTranslation("surveyImport.title")), new Paragraph(getTranslation("surveyImport.help")),
                upload, charset, mappingForm, branch, check, summary, store, progress, errors, words, preview);
    }

    private void loaded(String fileName, id.bpjs.jmo.base.domain.@Nullable TableFile read, @Nullable String refusal) {
        errors.setVisible(false);
        store.setVisible(false);
        preview.setVisible(false);
        if (read == null || read.columns().isEmpty()) {
            summary.setText(refusal != null ? refusal : getTranslation("import.failedRead", fileName));
            summary.getElement().getClassList().set("import-rejected", true);
            mappingForm.setVisible(false);
            check.setVisible(false);
            return;
        }
        table = read;
        summary.getElement().getClassList().set("import-rejected", false);
        summary.setText(getTranslation("surveyImport.loaded", fileName, read.size()) + " "
                + getTranslation("import.readAs", read.source(), read.blankRowsSkipped()));
        var guess = columnMapping.suggest(read);
        mappingForm.removeAll();
        selects.clear();
        // at most TableLimits.maxColumns items per select: the reader refused wider files before this form
        for (var field : SurveyImport.FIELDS) {
            var select = new Select<String>();
            select.setLabel(getTranslation("surveyImport.field." + field)
                    + (SurveyImport.REQUIRED.contains(field) ? " *" : ""));
            select.setItems(read.columns());
            // the column letter tells apart identical titles, as in the spreadsheet
            select.setItemLabelGenerator(label -> label == null || label.isBlank() ? ""
                    : id.bpjs.jmo.base.domain.TableFile.letter(read.column(label)) + " · " + label);
            select.setEmptySelectionAllowed(!SurveyImport.REQUIRED.contains(field));
            select.setEmptySelectionCaption(getTranslation("surveyImport.none"));
            select.setValue(guess.get(field));
            selects.put(field, select);
            mappingForm.add(select);
        }
        dateOrder.setLabel(getTranslation("import.dateOrder"));
        dateOrder.setItems(ImportTimestamps.DateOrder.values());
        dateOrder.setItemLabelGenerator(o -> getTranslation("import.dateOrder." + o.name()));
        dateOrder.setValue(ImportTimestamps.DateOrder.AUTO);
        mappingForm.add(dateOrder);
        mappingForm.setVisible(true);
        check.setVisible(true);
    }

    private void readAs(java.nio.charset.@Nullable Charset chosen) {
        var content = undecided;
        if (chosen == null || content == null) {
            return;
        }
        try {
            loaded(undecidedName, TableReader.read(undecidedName, content, SurveyImport.LIMITS, chosen), null);
        } catch (TableReadException e) {
            loaded(undecidedName, null, getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private Map<String, String> mapping() {
        var mapping = new LinkedHashMap<String, String>();
        selects.forEach((field, select) -> {
            if (select.getValue() != null && !select.getValue().isBlank()) {
                mapping.put(field, select.getValue());
            }
        });
        return mapping;
    }

    private void runCheck() {
        var chosen = branch.getValue();
        // times with an offset become the wall time of the branch the rows go to (the page's, else WIB)
        parsed = importer.check(table, mapping(), chosen == null ? null : chosen.getId(), getLocale(),
                dateOrder.getValue() == null ? ImportTimestamps.DateOrder.AUTO : dateOrder.getValue(),
                chosen == null ? ImportTimestamps.DEFAULT_ZONE : chosen.zone());
        words.setItems(parsed.words());
        words.setVisible(!parsed.words().isEmpty());
        errors.setItems(parsed.errors());
        errors.setVisible(!parsed.errors().isEmpty());
        store.setVisible(parsed.importable());
        store.setEnabled(true);
        preview.setItems(parsed.rows().stream().limit(100).toList());
        preview.setVisible(parsed.importable());
        store.setText(getTranslation("import.store", parsed.rows().size()));
        summary.setText(checkSummary());
        summary.getElement().getClassList().set("import-rejected", !parsed.errors().isEmpty());
    }

    /** Errors, or what will be stored: the new rows, and the rows left out as stored before or repeated. */
    private String checkSummary() {
        if (!parsed.errors().isEmpty()) {
            return getTranslation("surveyImport.rejected", parsed.errors().size());
        }
        if (parsed.nothingNew()) {
            return getTranslation("surveyImport.nothingNew", parsed.alreadyStored());
        }
        var text = parsed.alreadyStored() > 0
                ? getTranslation("surveyImport.alreadyStored", parsed.alreadyStored(),
                        parsed.rows().size())
                : getTranslation("surveyImport.ready", parsed.rows().size());
        return parsed.repeatedInFile() == 0 ? text : text + " " + getTranslation("surveyImport.repeatedInFile",
                parsed.repeatedInFile());
    }

    private void runStore() {
        var ui = UI.getCurrent();
        var total = parsed.rows().size();
        var toStore = parsed;
        var chosen = mapping();
        var file = table;
        store.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        Runnable task = () -> {
            try {
                int done = importer.store(file, toStore, chosen, n -> ui.access(() -> progress.setValue(n
                        / (double) total)));
                ui.access(() -> {
                    progress.setValue(1);
                    store.setVisible(false);
                    summary.setText(getTranslation("surveyImport.done", done));
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    store.setEnabled(true);
                    summary.setText(getTranslation("import.failed"));
                });
            }
        };
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveyImport.title");
    }
}
