package id.bpjs.jmo.survey.ui;

import id.bpjs.jmo.base.domain.KeysetAnchors;
import id.bpjs.jmo.base.ui.Links;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.security.ui.BranchScope;
import id.bpjs.jmo.layout.RecordListLayout;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.survey.SurveyRecords;
import id.bpjs.jmo.survey.SurveyResponse;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The survey responses behind the dashboard (read-only), lowest scores first when an attribute is chosen. */
@Route(Links.RESPONSES)
@Menu(order = 20, icon = "vaadin:clipboard-text", title = "menu.responses")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class SurveyResponsesView extends RecordListLayout {

    private final SurveyRecords records;
    private final Grid<SurveyResponse> grid = new Grid<>();
    private final com.vaadin.flow.component.checkbox.Checkbox withComment = new com.vaadin.flow.component.checkbox.Checkbox();
    /** Characters of a comment the column shows; the whole text opens in the row's details. */
    private static final int PREVIEW = 80;

    SurveyResponsesView(SurveyRecords records, BranchScope branches, id.bpjs.jmo.security.CurrentUser currentUser) {
        super(SurveyResponsesView.class, branches);
        this.records = records;
        var importButton = new com.vaadin.flow.component.button.Button(getTranslation("import.button"),
                com.vaadin.flow.component.icon.VaadinIcon.UPLOAD.create(),
                e -> com.vaadin.flow.component.UI.getCurrent().navigate(SurveyImportView.class));
        importButton.setVisible(currentUser.require().role() != Role.MANAGER);
        withComment.setLabel(getTranslation("responses.withComment"));
        withComment.setId("responses-with-comment");
        withComment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setExtra(Links.WITH_COMMENT, e.getValue() ? Links.YES : null);
            }
        });
        var hint = new com.vaadin.flow.component.html.Span(getTranslation("responses.commentHint"));
        hint.addClassName("list-hint");
        addToolbar(withComment, hint, importButton);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> Formats.dateTime(r.getSubmittedAt(), getLocale())).setHeader(getTranslation("list.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.getBranch() == null ? "" : r.getBranch().getCode()).setHeader(getTranslation("list.branch"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> (r.getChannel() == null ? "–" : getTranslation("enum.SurveyChannel." + r.getChannel().name())))
                .setHeader(getTranslation("list.channel")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.getGender().name() + " · " + r.getAge()).setHeader(getTranslation("list.profile"))
                .setAutoWidth(true).setFlexGrow(0);
        for (var attribute : RogersAttribute.values()) {
            grid.addColumn(r -> r.score(attribute) == null ? "–" : String.valueOf(r.score(attribute))).setHeader(attribute.label(getLocale()))
                    .setKey(attribute.name()).setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(r -> r.getOverallSatisfaction() == null ? "–"
                : String.valueOf(r.getOverallSatisfaction())).setHeader(getTranslation("list.overall"))
                .setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SurveyResponsesView::preview).setHeader(getTranslation("list.comment")).setKey("comment")
                .setFlexGrow(1);
        // a click (or Enter/Space on a row) opens the whole comment under the row, wrapped to the page width
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(r -> {
            var text = new com.vaadin.flow.component.html.Paragraph(r.getComment() == null || r.getComment().isBlank()
                    ? getTranslation("responses.noComment") : r.getComment());
            text.addClassName("response-comment");
            return text;
        }));
        // toggled on the server, so a row opened by click or keyboard stays open while scrolling
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(e -> grid.setDetailsVisible(e.getItem(), !grid.isDetailsVisible(e.getItem())));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();
        add(grid);
    }

    @Override
    protected List<String> extraKeys() {
        return List.of(Links.ATTRIBUTE, Links.WITH_COMMENT);
    }

    @Override
    protected List<String> keysWithoutChip() {
        return List.of(Links.WITH_COMMENT);
    }

    private static String preview(SurveyResponse response) {
        var comment = response.getComment();
        if (comment == null || comment.isBlank()) {
            return "";
        }
        var oneLine = comment.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= PREVIEW ? oneLine : oneLine.substring(0, PREVIEW - 1).stripTrailing() + "…";
    }

    @Override
    protected boolean understands(String key, String value) {
        return Links.ATTRIBUTE.equals(key) ? attribute(value).isPresent() : Links.YES.equals(value);
    }

    @Override
    protected String chipLabel(String key, String value) {
        return getTranslation("list.chip.attribute") + ": " + attribute(value).map(a -> a.label(getLocale())).orElse(value);
    }

    private static java.util.Optional<RogersAttribute> attribute(String value) {
        return Arrays.stream(RogersAttribute.values()).filter(a -> a.name().equals(value)).findFirst();
    }

    @Override
    protected void refresh(RecordFilter filter, Map<String, String> extras) {
        var attribute = extras.containsKey(Links.ATTRIBUTE) ? attribute(extras.get(Links.ATTRIBUTE)).orElse(null) : null;
        for (var a : RogersAttribute.values()) {
            grid.getColumnByKey(a.name()).setPartNameGenerator(r -> a == attribute ? "highlight-column" : null);
        }
        boolean commented = Links.YES.equals(extras.get(Links.WITH_COMMENT));
        withComment.setValue(commented);
        var anchors = new KeysetAnchors();
        grid.setItems(query -> records.list(filter, attribute, commented,
                VaadinSpringDataHelpers.toSpringPageRequest(query), anchors).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.responses");
    }
}
