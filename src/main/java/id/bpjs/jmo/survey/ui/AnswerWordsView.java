package id.bpjs.jmo.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.survey.AnswerScale;
import id.bpjs.jmo.survey.AnswerWordCatalog;
import jakarta.annotation.security.RolesAllowed;
import id.bpjs.jmo.base.ui.VisuallyHidden;

/**
 * The answer words the survey import reads as scores (the regulation's words per element, Likert words), filtered by
 * scale. Admins add and remove words (traced); managers read.
 */
@Route(Links.ANSWER_WORDS)
@Menu(order = 95, icon = "vaadin:text-label", title = "menu.answerWords")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class AnswerWordsView extends VerticalLayout implements HasDynamicTitle {

    private final AnswerWordCatalog catalog;
    private final Grid<AnswerWordCatalog.Entry> grid = new Grid<>();
    private final Select<AnswerScale> filter = new Select<>();

    AnswerWordsView(AnswerWordCatalog catalog, CurrentUser currentUser) {
        this.catalog = catalog;
        boolean admin = currentUser.require().role() == Role.ADMIN;
        filter.setLabel(getTranslation("answerWords.scale"));
        filter.setItems(AnswerScale.values());
        filter.setItemLabelGenerator(this::scaleLabel);
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("answerWords.allScales"));
        filter.addValueChangeListener(e -> refresh());
        filter.setId("answer-words-filter");
        var scale = new Select<AnswerScale>();
        scale.setLabel(getTranslation("answerWords.scale"));
        scale.setItems(AnswerScale.values());
        scale.setItemLabelGenerator(this::scaleLabel);
        scale.setId("answer-words-scale");
        var word = new TextField(getTranslation("answerWords.word"));
        word.setMaxLength(100);
        word.setId("answer-words-word");
        var score = new IntegerField(getTranslation("answerWords.score"));
        score.setMin(1);
        score.setMax(5);
        score.setStepButtonsVisible(true);
        score.setId("answer-words-score");
        var add = new Button(getTranslation("answerWords.add"), VaadinIcon.PLUS.create(), e -> {
            if (scale.getValue() == null || score.getValue() == null) {
                show(getTranslation("answerWords.incomplete"), false);
                return;
            }
            try {
                var added = catalog.add(scale.getValue(), word.getValue(), score.getValue());
                word.clear();
                show(getTranslation("answerWords.added", added.word(), added.score()), true);
                refresh();
            } catch (AnswerWordCatalog.RefusedWord refused) {
                show(getTranslation(refused.key(), refused.word()), false);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("answer-words-add");
        var form = new HorizontalLayout(scale, word, score, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setVisible(admin);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> scaleLabel(e.scale())).setHeader(getTranslation("answerWords.scale")).setAutoWidth(true);
        grid.addColumn(AnswerWordCatalog.Entry::word).setHeader(getTranslation("answerWords.word")).setAutoWidth(true);
        grid.addColumn(AnswerWordCatalog.Entry::score).setHeader(getTranslation("answerWords.score"))
                .setAutoWidth(true).setFlexGrow(0);
        if (admin) {
            grid.addComponentColumn(e -> {
                var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                    catalog.remove(e.id());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("answerWords.remove", e.word()));
                return remove;
            }).setHeader(VisuallyHidden.text(getTranslation("list.actions"))).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setId("answer-words-grid");
        grid.setSizeFull();
        refresh();
        add(new H2(getTranslation("menu.answerWords")), new Paragraph(getTranslation("answerWords.help")), form,
                filter, grid);
        setSizeFull();
    }

    private String scaleLabel(AnswerScale scale) {
        // the empty selection of the filter is labelled through the generator too
        return scale == null ? getTranslation("answerWords.allScales")
                : getTranslation("answerWords.scale." + scale.name());
    }

    private void refresh() {
        grid.setItems(catalog.list().stream().filter(e -> filter.getValue() == null || e.scale() == filter.getValue())
                .toList());
    }

    private void show(String text, boolean success) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER).addThemeVariants(success
                ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.answerWords");
    }
}
