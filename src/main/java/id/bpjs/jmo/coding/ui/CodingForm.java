package id.bpjs.jmo.coding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.bpjs.jmo.base.domain.MessageKeyException;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.ui.DatePickers;
import id.bpjs.jmo.base.ui.Dialogs;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.coding.CodedExcerpt;
import id.bpjs.jmo.coding.CodedExcerpts;
import id.bpjs.jmo.coding.InformantRole;
import id.bpjs.jmo.coding.Sentiment;
import id.bpjs.jmo.coding.SourceType;
import id.bpjs.jmo.rules.Suggestion;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The form that codes one excerpt, bound to the entity: who said it (source, informant, role, date, branch), the text
 * with the keyword rules' suggestion to accept, the attribute, the tone and the tags. A text from the queue keeps its
 * source and words; a new excerpt is an interview, observation or document. Ctrl+Enter saves from any field of the
 * form. What the page reads again after a save or a delete is the page's ({@link Events}).
 */
final class CodingForm extends VerticalLayout {

    /** What the page does when the stored excerpts may have changed. */
    interface Events {
        /** Saved, deleted, or refused because someone coded the text first: queue, list and shares are read again. */
        void changed();

        /**
         * Bean Validation refused the input: the list is read again, so it shows what is stored and not the refused
         * values the binder wrote into the excerpt it holds.
         */
        void refused();
    }

    private final CodedExcerpts excerpts;
    private final LocalDate today;
    private final Map<Long, Branch> branchesById;
    private final Supplier<@Nullable Branch> defaultBranch;
    private final Events events;

    private final H3 title = new H3();
    private final Select<SourceType> source = new Select<>();
    private final TextField informant = new TextField();
    private final Select<InformantRole> role = new Select<>();
    private final DatePicker notedOn = DatePickers.date("");
    private final Select<Branch> branch = new Select<>();
    private final TextArea text = new TextArea();
    private final Div suggestionBox = new Div();
    private final Span suggestionText = new Span();
    private final Button acceptSuggestion = new Button();
    private final Select<RogersAttribute> attribute = new Select<>();
    private final RadioButtonGroup<Sentiment> sentiment = new RadioButtonGroup<>();
    /** Tags already in use are offered first, so the same topic gets the same tag; new ones can be typed. */
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final SortedSet<String> knownTags = new TreeSet<>();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final BeanValidationBinder<CodedExcerpt> binder = new BeanValidationBinder<>(CodedExcerpt.class);
    private CodedExcerpt editing = new CodedExcerpt();
    private @Nullable Suggestion shown;

    /**
     * @param branchesById the branches the user may code for, by id
     * @param branchLocked the user codes for their own branch only (staff)
     * @param defaultBranch the branch of a new excerpt: the filter's, or the only one the user has
     */
    CodingForm(CodedExcerpts excerpts, LocalDate today, Map<Long, Branch> branchesById, boolean branchLocked,
            Supplier<@Nullable Branch> defaultBranch, Events events) {
        this.excerpts = excerpts;
        this.today = today;
        this.branchesById = branchesById;
        this.defaultBranch = defaultBranch;
        this.events = events;
        buildFields(branchLocked);
        bind();
        buildButtons();

        var who = new HorizontalLayout(source, informant, role, notedOn, branch);
        who.setWrap(true);
        var coding = new HorizontalLayout(attribute, sentiment);
        coding.setWrap(true);
        coding.setAlignItems(FlexComponent.Alignment.BASELINE);
        var cancel = new Button(getTranslation("coding.clear"), e -> startNew(SourceType.INTERVIEW));
        var buttons = new HorizontalLayout(save, cancel, delete);
        var hint = new Span(getTranslation("coding.shortcut"));
        hint.addClassName("hint");
        add(title, who, text, suggestionBox, coding, tags, new HorizontalLayout(buttons, hint));
        setPadding(false);
        setSpacing(false);
        addClassName("coding-form");
        setWidth("50%");
    }

    private void buildFields(boolean branchLocked) {
        source.setLabel(getTranslation("coding.field.source"));
        source.setItems(SourceType.values());
        source.setItemEnabledProvider(this::sourceSelectable);
        source.setItemLabelGenerator(s -> getTranslation("enum.SourceType." + s.name()));
        informant.setLabel(getTranslation("coding.field.informant"));
        informant.setId("coding-informant");
        informant.setHelperText(getTranslation("coding.field.informant.help"));
        informant.setMaxLength(16);
        role.setLabel(getTranslation("coding.field.role"));
        role.setItems(InformantRole.values());
        role.setItemLabelGenerator(r -> getTranslation("enum.InformantRole." + r.name()));
        notedOn.setLabel(getTranslation("coding.field.date"));
        notedOn.setMax(today);
        branch.setLabel(getTranslation("list.branch"));
        branch.setItems(branchesById.values());
        branch.setItemLabelGenerator(b -> b.getCode() + " · " + b.getName());
        branch.setReadOnly(branchLocked);
        text.setLabel(getTranslation("coding.field.text"));
        text.setId("coding-text");
        text.setMaxLength(4000);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> suggest());

        suggestionBox.setId("coding-suggestion");
        suggestionBox.addClassName("coding-suggestion");
        acceptSuggestion.setText(getTranslation("coding.accept"));
        acceptSuggestion.setId("coding-accept");
        acceptSuggestion.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        acceptSuggestion.addClickListener(e -> accept());
        suggestionBox.add(VaadinIcon.LIGHTBULB.create(), suggestionText, acceptSuggestion);

        attribute.setLabel(getTranslation("list.attribute"));
        attribute.setId("coding-attribute");
        attribute.setItems(RogersAttribute.values());
        attribute.setItemLabelGenerator(a -> a.label(getLocale()));
        sentiment.setLabel(getTranslation("coding.field.sentiment"));
        sentiment.setId("coding-sentiment");
        sentiment.setItems(Sentiment.values());
        sentiment.setItemLabelGenerator(s -> getTranslation("enum.Sentiment." + s.name()));
        tags.setLabel(getTranslation("coding.field.tags"));
        tags.setHelperText(getTranslation("coding.field.tags.help"));
        tags.setId("coding-tags");
        tags.setWidthFull();
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(e -> {
            var tag = CodedExcerpt.typedTag(e.getDetail());
            if (!tag.isEmpty()) {
                knownTags.add(tag);
                var selected = new LinkedHashSet<>(tags.getValue());
                selected.add(tag);
                tags.setItems(knownTags);
                tags.setValue(selected);
            }
        });
    }

    private void bind() {
        var required = getTranslation("validation.required");
        binder.forField(source).asRequired(required).bind("sourceType");
        binder.forField(informant).asRequired(required).bind("informantCode");
        binder.forField(role).asRequired(required).bind("informantRole");
        binder.forField(notedOn).asRequired(required).bind("notedOn");
        binder.forField(branch).asRequired(required).bind("branch");
        binder.forField(text).asRequired(required).bind("text");
        binder.forField(attribute).asRequired(required).bind("attribute");
        binder.forField(sentiment).asRequired(required).bind("sentiment");
        binder.forField(tags).withConverter((Set<String> chosen) -> CodedExcerpt.joinTags(chosen),
                (String stored) -> new LinkedHashSet<>(CodedExcerpt.tagList(stored))).bind("tags");
    }

    private void buildButtons() {
        save.setText(getTranslation("coding.save"));
        save.setId("coding-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Dialogs.saveOnCtrlEnter(save, this);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("coding.delete"));
        delete.setId("coding-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        delete.setVisible(false);
    }

    /** Tags coded in the period join those offered; what the coder has chosen stays chosen. */
    void knowTags(Collection<String> inUse) {
        knownTags.addAll(inUse);
        var chosen = tags.getValue();
        tags.setItems(knownTags);
        tags.setValue(chosen);
    }

    /** A new excerpt nobody has started yet begins again, so its branch follows the page's filter. */
    void renewIfUntouched() {
        if (editing.getId() == null && editing.getSourceRef() == null && text.isEmpty()) {
            startNew(editing.getSourceType());
        }
    }

    /** A blank excerpt of this source, noted today for the default branch, neutral until the coder chooses. */
    void startNew(SourceType type) {
        editing = new CodedExcerpt();
        editing.setSourceType(type);
        editing.setNotedOn(today);
        editing.setBranch(defaultBranch.get());
        editing.setSentiment(Sentiment.NEUTRAL);
        binder.readBean(editing);
        clearCoding();
        title.setText(getTranslation("coding.form.new"));
        source.setItemEnabledProvider(this::sourceSelectable);
        delete.setVisible(false);
        source.setReadOnly(false);
        text.setReadOnly(false);
        suggest();
    }

    /** A queue text to code: source, words, date, branch and pseudonym as they came; the cursor on the attribute. */
    void take(CodedExcerpts.QueueItem item) {
        editing = new CodedExcerpt();
        editing.setSourceType(item.source());
        editing.setSourceRef(item.sourceRef());
        editing.setInformantRole(InformantRole.PARTICIPANT);
        editing.setInformantCode(item.informantCode());
        editing.setNotedOn(item.date());
        editing.setBranch(branchesById.get(item.branchId()));
        editing.setText(item.text());
        binder.readBean(editing);
        clearCoding();
        source.setItemEnabledProvider(this::sourceSelectable);
        source.setReadOnly(true);
        text.setReadOnly(true);
        delete.setVisible(false);
        title.setText(getTranslation("coding.form.fromQueue", item.sourceKey()));
        suggest();
        attribute.focus();
    }

    /** A coded excerpt to change or delete; a queue text keeps its source and words. */
    void edit(CodedExcerpt note) {
        editing = note;
        binder.readBean(note);
        source.setReadOnly(note.getSourceRef() != null);
        text.setReadOnly(note.getSourceRef() != null);
        title.setText(getTranslation("coding.form.edit"));
        shown = null;
        suggestionBox.setVisible(false);
        delete.setVisible(true);
    }

    /** The coder chooses (or accepts) attribute and tone for every new excerpt; no error shown before they try. */
    private void clearCoding() {
        attribute.clear();
        sentiment.clear();
        attribute.setInvalid(false);
        sentiment.setInvalid(false);
    }

    private boolean sourceSelectable(@Nullable SourceType type) {
        return type == null || !type.fromQueueOnly() || editing.getSourceRef() != null;
    }

    private void suggest() {
        var value = text.getValue();
        if (value == null || value.isBlank()) {
            shown = null;
            suggestionBox.setVisible(false);
            return;
        }
        var suggestion = excerpts.suggest(value);
        suggestionBox.setVisible(true);
        if (!suggestion.fromKeywords()) {
            shown = null;
            suggestionText.setText(getTranslation("coding.suggestion.none"));
            acceptSuggestion.setVisible(false);
            return;
        }
        shown = suggestion;
        var tone = suggestion.sentiment() == null ? "–"
                : getTranslation("enum.Sentiment." + suggestion.sentiment().name());
        suggestionText.setText(getTranslation("coding.suggestion", suggestion.attribute().label(getLocale()), tone,
                String.join(", ", suggestion.matched())));
        acceptSuggestion.setVisible(true);
    }

    private void accept() {
        if (shown == null) {
            return;
        }
        attribute.setValue(shown.attribute());
        if (shown.sentiment() != null) {
            sentiment.setValue(Sentiment.valueOf(shown.sentiment().name()));
        }
        tags.focus();
    }

    private void save() {
        var note = editing;
        if (!binder.writeBeanIfValid(note)) {
            notify(getTranslation("coding.fixErrors"), NotificationVariant.LUMO_WARNING);
            return;
        }
        try {
            boolean isNew = note.getId() == null;
            excerpts.save(note, isNew ? shown : null);
            notify(getTranslation(isNew ? "coding.saved" : "coding.updated"), NotificationVariant.LUMO_SUCCESS);
            events.changed();
            // the next excerpt is of the same kind, unless this one came from the queue
            startNew(note.getSourceType().fromQueueOnly() ? SourceType.INTERVIEW : note.getSourceType());
        } catch (ConstraintViolationException invalid) {
            notify(invalid.getConstraintViolations().stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .collect(Collectors.joining("; ")), NotificationVariant.LUMO_ERROR);
            events.refused();
        } catch (MessageKeyException e) {
            notify(getTranslation(e.messageKey(), e.arguments()), NotificationVariant.LUMO_ERROR);
            events.changed();
        }
    }

    private void confirmDelete() {
        var note = editing;
        if (note.getId() == null) {
            return;
        }
        DeleteExcerptDialog.open(this, note.getSourceRef() != null, () -> {
            excerpts.delete(note);
            notify(getTranslation("coding.deleted"), NotificationVariant.LUMO_SUCCESS);
            events.changed();
            startNew(SourceType.INTERVIEW);
        });
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
