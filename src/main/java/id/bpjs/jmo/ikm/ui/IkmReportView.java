package id.bpjs.jmo.ikm.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.base.ui.KeyFigure;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.base.domain.WeightConvention;
import id.bpjs.jmo.security.ui.BranchScope;
import id.bpjs.jmo.layout.RecordListLayout;
import id.bpjs.jmo.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import id.bpjs.jmo.base.domain.MessageKeyException;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.ikm.IkmFollowUps;
import id.bpjs.jmo.ikm.IkmReport;
import id.bpjs.jmo.ikm.IkmReportExport;
import id.bpjs.jmo.ikm.IkmReports;
import id.bpjs.jmo.ikm.IkmReportPdf;
import id.bpjs.jmo.survey.SurveyPosters;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * The IKM report of Permen PANRB 14/2017 for a period (semester I/II, year, custom) and a branch or all, with the
 * weight convention visible and selectable, exportable as XLSX and CSV.
 */
@Route(id.bpjs.jmo.base.ui.Links.IKM_REPORT)
@Menu(order = 25, icon = "vaadin:file-text-o", title = "menu.ikm")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class IkmReportView extends RecordListLayout {

    private final IkmReports reports;
    private final IkmReportExport export;
    private final BranchService branches;
    private final Select<WeightConvention> weight = new Select<>();
    private final KeyFigure index;
    private final KeyFigure sample;
    private final Grid<Integer> elements = new Grid<>();
    private final Div breakdowns = new Div();
    private final Paragraph empty = new Paragraph();
    private IkmReport report;
    private RecordFilter filter;

    private final SurveyPosters documents;
    private final IkmReportPdf reportPdf;
    private final id.bpjs.jmo.settings.AppSettings settings;

    private final IkmFollowUps followUps;
    private final Locale language;
    private final boolean mayWritePlan;
    private final KeyFigure previousIndex;
    private final Div sampleWarning = new Div();
    private final TextArea plan = new TextArea();
    private final Button savePlan = new Button();
    private final Paragraph planNote = new Paragraph();
    private final Paragraph headNote = new Paragraph();

    IkmReportView(IkmReports reports, IkmReportExport export, IkmReportPdf reportPdf, SurveyPosters documents,
            BranchService branches,
            BranchScope scope, id.bpjs.jmo.settings.AppSettings settings, IkmFollowUps followUps,
            CurrentUser currentUser) {
        super(IkmReportView.class, scope);
        // the page's language, taken on the UI thread: the downloads run in a request of their own, where no UI is
        // current and getLocale() would answer the app's first language instead of the reader's
        this.language = Formats.language(getLocale());
        this.followUps = followUps;
        this.mayWritePlan = currentUser.require().role() != Role.STAFF;
        this.settings = settings;
        this.reports = reports;
        this.export = export;
        this.documents = documents;
        this.reportPdf = reportPdf;
        this.branches = branches;
        index = new KeyFigure("ikm-index", getTranslation("kf.ikm"));
        sample = new KeyFigure("ikm-sample", getTranslation("ikm.respondents"));
        previousIndex = new KeyFigure("ikm-previous", getTranslation("ikm.previous"));
        weight.setLabel(getTranslation("ikm.weight"));
        weight.setItems(WeightConvention.values());
        weight.setItemLabelGenerator(w -> getTranslation("ikm.weight." + w.name()));
        weight.setId("ikm-weight");
        weight.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setExtra(id.bpjs.jmo.base.ui.Links.WEIGHT, e.getValue() == WeightConvention.PRINTED_0_111 ? "0111" : "19");
            }
        });
        var xlsx = new Anchor(DownloadHandler.fromInputStream(e -> download("xlsx")), "XLSX");
        xlsx.getElement().setAttribute("download", true);
        xlsx.setId("ikm-xlsx");
        var csv = new Anchor(DownloadHandler.fromInputStream(e -> download("csv")), "CSV");
        csv.getElement().setAttribute("download", true);
        csv.setId("ikm-csv");
        var pdf = new Anchor(DownloadHandler.fromInputStream(e -> download("pdf")), "PDF");
        pdf.getElement().setAttribute("download", true);
        pdf.setId("ikm-pdf");
        var poster = new Anchor(DownloadHandler.fromInputStream(e -> poster()), getTranslation("ikm.poster"));
        poster.getElement().setAttribute("download", true);
        poster.setId("survey-poster");
        addToolbar(weight, new Span(getTranslation("list.export")), xlsx, pdf, csv, poster);

        elements.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        elements.addColumn(i -> IkmReportExport.elementName(i, getLocale())).setHeader(getTranslation("ikm.element"))
                .setFlexGrow(1);
        elements.addColumn(i -> report.result().map(r -> Formats.decimal(r.nrr(i), Formats.NRR_DIGITS,
                getLocale())).orElse("–"))
                .setHeader("NRR").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        elements.addColumn(i -> report.result().map(r -> Formats.decimal(r.weightedNrr(i), Formats.NRR_DIGITS,
                getLocale()))
                .orElse("–")).setHeader(getTranslation("ikm.weighted")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        elements.setAllRowsVisible(true);
        elements.setId("ikm-elements");
        var figures = new Div(index, previousIndex, sample);
        figures.addClassName("key-figures");
        empty.addClassName("empty-state");
        sampleWarning.setId("ikm-sample-warning");
        sampleWarning.getElement().setAttribute("role", "alert");
        sampleWarning.addClassName("ikm-warning");
        sampleWarning.getStyle().set("border-left", "4px solid var(--lumo-error-color)")
                .set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("font-weight", "600");
        plan.setLabel(getTranslation("ikm.pub.followUp"));
        plan.setHelperText(getTranslation("ikm.followUp.help"));
        plan.setMaxLength(IkmFollowUps.MAX_LENGTH);
        plan.setWidthFull();
        plan.setMinHeight("8em");
        plan.setId("ikm-follow-up");
        plan.setReadOnly(!mayWritePlan);
        savePlan.setText(getTranslation("ikm.followUp.save"));
        savePlan.setId("ikm-follow-up-save");
        savePlan.setVisible(mayWritePlan);
        savePlan.addClickListener(e -> savePlan());
        var planBox = new Div(new H2(getTranslation("ikm.pub.followUp")), planNote, plan, savePlan, headNote);
        planBox.addClassName("ikm-follow-up-box");
        planBox.setWidthFull();
        add(figures, sampleWarning, empty, elements, breakdowns, planBox);
        setSizeUndefined();
        setWidthFull();
    }

    @Override
    protected List<String> extraKeys() {
        return List.of(id.bpjs.jmo.base.ui.Links.WEIGHT);
    }

    @Override
    protected List<String> keysWithoutChip() {
        return List.of(id.bpjs.jmo.base.ui.Links.WEIGHT);
    }

    @Override
    protected String chipLabel(String key, String value) {
        return value;
    }

    @Override
    protected void refresh(RecordFilter requested, Map<String, String> extras) {
        filter = requested;
        var preferred = settings.get(id.bpjs.jmo.settings.AppSettings.IKM_WEIGHT).map(WeightConvention::valueOf)
                .orElse(WeightConvention.EXACT_NINTH);
        var convention = extras.containsKey(id.bpjs.jmo.base.ui.Links.WEIGHT) ? ("0111".equals(extras.get(id.bpjs.jmo.base.ui.Links.WEIGHT))
                ? WeightConvention.PRINTED_0_111 : WeightConvention.EXACT_NINTH) : preferred;
        weight.setValue(convention);
        report = reports.report(requested, convention);
        var result = report.result();
        if (result.isPresent()) {
            var r = result.get();
            index.show(Formats.decimal(r.ikm(), Formats.IKM_DIGITS, getLocale()), getTranslation("ikm.grade",
                    r.grade().name(),
                    r.grade().label(getLocale()),
                    Formats.decimal(r.weightedNrr(), Formats.WEIGHTED_SUM_DIGITS, getLocale())));
        } else {
            index.show("–", getTranslation("kf.ikm.none"));
        }
        sample.show(Formats.number(report.respondents(), getLocale()), getTranslation("ikm.sample",
                Formats.number(report.minimumSample(), getLocale()), Formats.number(report.population(), getLocale())));
        sample.setAlert(!report.sampleSufficient());
        sampleWarning.setText(getTranslation("ikm.pub.sampleWarning", Formats.number(report.respondents(), getLocale()),
                Formats.number(report.minimumSample(), getLocale())));
        sampleWarning.setVisible(!report.sampleSufficient());
        var before = report.previous();
        var beforeText = Formats.period(before.period(), getLocale());
        before.result().ifPresentOrElse(p -> previousIndex.show(Formats.decimal(p.ikm(), Formats.IKM_DIGITS,
                getLocale()),
                beforeText + ": " + IkmReportExport.grade(p, getLocale()) + "; " + Formats.number(p.respondents(),
                getLocale())
                        + " " + getTranslation("ikm.respondents").toLowerCase(getLocale())),
                () -> previousIndex.show("–", beforeText + ": " + getTranslation("ikm.previous.none")));
        var single = requested.branchId() != null || report.publication().branchCode() != null;
        plan.setValue(report.publication().followUpPlan());
        plan.setEnabled(single);
        savePlan.setEnabled(single);
        planNote.setText(single ? "" : getTranslation("ikm.followUp.allBranches"));
        planNote.setVisible(!single);
        headNote.setText(getTranslation("ikm.headMissing"));
        headNote.setVisible(single && report.publication().headName() == null);
        empty.setText(getTranslation("kf.ikm.none"));
        empty.setVisible(result.isEmpty());
        elements.setVisible(result.isPresent());
        elements.setItems(java.util.stream.IntStream.range(0, 9).boxed().toList());
        breakdowns.removeAll();
        for (var breakdown : report.breakdowns()) {
            var grid = new Grid<IkmReport.Group>();
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.addColumn(g -> IkmReportExport.groupLabel(breakdown.dimension(), g.key(), getLocale()))
                    .setHeader(getTranslation("ikm.group"));
            grid.addColumn(g -> Formats.number(g.respondents(),
                    getLocale())).setHeader(getTranslation("ikm.respondents"))
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(g -> g.result().map(r -> Formats.decimal(r.ikm(), Formats.IKM_DIGITS, getLocale()) + " ("
                    + g.grade().map(Enum::name).orElseGet(() -> getTranslation("ikm.group.tooFew.short",
                            IkmReport.MIN_GROUP_RESPONDENTS)) + ")")
                    .orElse("–")).setHeader("IKM").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            grid.setItems(breakdown.groups());
            grid.setAllRowsVisible(true);
            // sections of the report: h2 under the view's h1 (WCAG 1.3.1, no skipped level)
            var box = new Div(new H2(getTranslation("ikm.by." + breakdown.dimension())), grid);
            box.addClassName("ikm-breakdown");
            breakdowns.add(box);
        }
        if (report.breakdowns().stream().flatMap(b -> b.groups().stream())
                .anyMatch(g -> g.result().isPresent() && !g.gradable())) {
            breakdowns.add(new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("ikm.group.tooFew.note", IkmReport.MIN_GROUP_RESPONDENTS)));
        }
        breakdowns.addClassName("ikm-breakdowns");
    }

    private void savePlan() {
        var branch = report.publication().branchCode() == null ? null : filter.branchId();
        if (branch == null) {
            return;
        }
        try {
            followUps.save(branch, report.period(), plan.getValue());
            Notification.show(getTranslation("ikm.followUp.saved"));
        } catch (MessageKeyException refused) {
            plan.setInvalid(true);
            plan.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private DownloadResponse download(String type) {
        // the report as shown, the plan as last saved: export what the page shows, in the page's language
        var locale = language;
        var issued = today; // the viewer's today (their branch's zone), as on the page
        var bytes = switch (type) {
            case "xlsx" -> export.xlsx(report, locale, issued);
            case "pdf" -> reportPdf.pdf(report, locale, issued);
            default -> export.csv(report, locale, issued);
        };
        // the file's name in the page's language too: "laporan-ikm-2026-01-01-2026-01-07.pdf", "ikm-report-…"
        var name = Translations.get(locale, "ikm.export.file", filter.period().from().toString(),
                filter.period().to().toString(), type);
        var contentType = switch (type) {
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "pdf" -> "application/pdf";
            default -> "text/csv;charset=UTF-8";
        };
        return new DownloadResponse(new ByteArrayInputStream(bytes), name, contentType, bytes.length);
    }

    /** The A4 poster with the QR code of the selected branch's survey (every branch when none is selected). */
    private DownloadResponse poster() {
        var selected = filter.branchId() == null ? branches.all()
                : branches.byId(filter.branchId()).stream().toList();
        var bytes = documents.posters(selected);
        var name = "poster-survei-" + (selected.size() == 1 ? selected.getFirst().getCode() : "semua") + ".pdf";
        return new DownloadResponse(new ByteArrayInputStream(bytes), name, "application/pdf", bytes.length);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.ikm");
    }
}
