package id.bpjs.jmo.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.rules.DuplicateKeywordException;
import id.bpjs.jmo.rules.KeywordRule;
import id.bpjs.jmo.rules.KeywordRules;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import id.bpjs.jmo.base.ui.VisuallyHidden;

/**
 * The keyword rules that suggest a Rogers attribute and a sentiment for a text, as a readable list, with a preview:
 * type a sample text and see what it would get. Admins edit; managers read.
 */
@Route(Links.KEYWORD_RULES)
@Menu(order = 92, icon = "vaadin:book-dollar", title = "menu.rules")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class KeywordRulesView extends VerticalLayout implements HasDynamicTitle {

    private final KeywordRules rules;
    private final Grid<KeywordRule> grid = new Grid<>();
    private final TextArea sample = new TextArea();
    private final Paragraph preview = new Paragraph();

    KeywordRulesView(KeywordRules rules, CurrentUser currentUser) {
        this.rules = rules;
        boolean admin = currentUser.require().role() == Role.ADMIN;
        sample.setLabel(getTranslation("rules.preview"));
        sample.setPlaceholder(getTranslation("rules.previewPlaceholder"));
        sample.setWidthFull();
        sample.setValueChangeMode(ValueChangeMode.EAGER);
        sample.addValueChangeListener(e -> showPreview());
        sample.setId("rules-sample");
        preview.addClassName("suggestion");
        preview.setId("rules-preview");
        var add = new Button(getTranslation("rules.add"), VaadinIcon.PLUS.create(), e -> edit(new KeywordRule()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(admin);
        add.setId("rules-add");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(KeywordRule::getKeyword).setHeader(getTranslation("rules.keyword")).setSortable(true);
        grid.addColumn(r -> r.getAttribute().label(getLocale())).setHeader(getTranslation("list.attribute"))
                .setSortable(true);
        grid.addColumn(r -> r.getSentiment() == null ? "–" : getTranslation("rules.sentiment." + r.getSentiment()))
                .setHeader(getTranslation("rules.sentiment"));
        grid.addColumn(KeywordRule::getWeight).setHeader(getTranslation("rules.weight"));
        if (admin) {
            grid.addComponentColumn(r -> {
                var edit = new Button(VaadinIcon.EDIT.create(), e -> edit(r));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("rules.edit") + ": " + r.getKeyword());
                edit.setTooltipText(getTranslation("rules.edit"));
                var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    rules.delete(r);
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("rules.remove") + ": " + r.getKeyword());
                remove.setTooltipText(getTranslation("rules.remove"));
                return new HorizontalLayout(edit, remove);
            }).setHeader(VisuallyHidden.text(getTranslation("list.actions"))).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setId("rules-grid");
        setSizeFull();
        add(new H2(getTranslation("menu.rules")), new Paragraph(getTranslation("rules.help")), sample, preview, add,
                grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(rules.all());
        showPreview();
    }

    private void showPreview() {
        if (sample.getValue().isBlank()) {
            preview.setText("");
            return;
        }
        var suggestion = KeywordRules.suggest(sample.getValue(), RogersAttribute.COMPATIBILITY, rules.all());
        preview.setText(suggestion.fromKeywords()
                ? getTranslation("rules.previewResult", suggestion.attribute().label(getLocale()),
                        suggestion.sentiment() == null ? "–" : getTranslation("rules.sentiment." + suggestion.sentiment()),
                        String.join(", ", suggestion.matched()))
                : getTranslation("rules.previewNone"));
    }

    private void edit(KeywordRule rule) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(rule.getId() == null ? "rules.add" : "rules.edit"));
        var keyword = new TextField(getTranslation("rules.keyword"), rule.getKeyword(), "");
        keyword.setMaxLength(60);
        keyword.setId("rule-keyword");
        var attribute = new Select<RogersAttribute>();
        attribute.setLabel(getTranslation("list.attribute"));
        attribute.setItems(RogersAttribute.values());
        attribute.setItemLabelGenerator(a -> a.label(getLocale()));
        attribute.setValue(rule.getAttribute());
        var sentiment = new Select<KeywordRule.Sentiment>();
        sentiment.setLabel(getTranslation("rules.sentiment"));
        sentiment.setItems(KeywordRule.Sentiment.values());
        sentiment.setEmptySelectionAllowed(true);
        sentiment.setEmptySelectionCaption("–");
        sentiment.setItemLabelGenerator(s -> s == null ? "–" : getTranslation("rules.sentiment." + s));
        sentiment.setValue(rule.getSentiment());
        var weight = new IntegerField(getTranslation("rules.weight"));
        weight.setMin(1);
        weight.setMax(5);
        weight.setStepButtonsVisible(true);
        weight.setValue(rule.getWeight());
        var save = new Button(getTranslation("complaint.save"), e -> {
            rule.setKeyword(keyword.getValue());
            rule.setAttribute(attribute.getValue());
            rule.setSentiment(sentiment.getValue());
            rule.setWeight(weight.getValue() == null ? 0 : weight.getValue());
            try {
                rules.save(rule);
                dialog.close();
                refresh();
            } catch (ConstraintViolationException invalid) {
                keyword.setInvalid(true);
                keyword.setErrorMessage(invalid.getConstraintViolations().stream()
                        .map(v -> getTranslation("rules." + v.getPropertyPath()) + ": " + v.getMessage())
                        .collect(Collectors.joining("; ")));
            } catch (DuplicateKeywordException duplicate) {
                keyword.setInvalid(true);
                keyword.setErrorMessage(getTranslation("rules.duplicate", duplicate.keyword()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rule-save");
        dialog.add(new VerticalLayout(keyword, attribute, sentiment, weight));
        dialog.getFooter().add(new Button(getTranslation("complaint.cancel"), e -> dialog.close()), save);
        id.bpjs.jmo.base.ui.Dialogs.keyboard(dialog, save, keyword);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.rules");
    }
}
