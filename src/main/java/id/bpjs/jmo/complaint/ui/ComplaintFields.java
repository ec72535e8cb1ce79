package id.bpjs.jmo.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.complaint.CategoryDefaults;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.complaint.ComplaintChannel;
import id.bpjs.jmo.complaint.ComplaintService;
import id.bpjs.jmo.complaint.Platform;
import id.bpjs.jmo.complaint.Severity;
import id.bpjs.jmo.rules.KeywordRules;
import org.jspecify.annotations.Nullable;

/**
 * The complaint's fields, bound to the entity: keyboard order as at the counter, the attribute suggested from the
 * category and the description's words (until the user picks one), the app error fields only for app errors, and the
 * KPJ number masked on recorded complaints.
 */
final class ComplaintFields extends FormLayout {

    private final KeywordRules rules;
    private final CategoryDefaults categoryDefaults;
    private final BranchService branches;
    private final BeanValidationBinder<Complaint> binder = new BeanValidationBinder<>(Complaint.class);

    private final Select<ComplaintChannel> channel = new Select<>();
    private final DateTimePicker receivedAt = id.bpjs.jmo.base.ui.DatePickers.dateTime("");
    private final ComboBox<Branch> branch = new ComboBox<>();
    private final TextField kpj = new TextField();
    private final KpjReveal revealKpj;
    private final HorizontalLayout kpjRow = new HorizontalLayout();
    // a survey follow-up case (channel SURVEY) has the participant's contact instead of a KPJ number
    private final TextField contact = new TextField();
    private final com.vaadin.flow.component.button.Button revealContact =
            new com.vaadin.flow.component.button.Button(com.vaadin.flow.component.icon.VaadinIcon.EYE.create());
    private final HorizontalLayout contactRow = new HorizontalLayout();
    private final id.bpjs.jmo.complaint.SurveyFollowUps followUps;
    private final ComplaintService service;
    private @Nullable Complaint shown;
    private Runnable contactRevealed = () -> { };
    private final ComboBox<ComplaintCategory> category = new ComboBox<>();
    private final TextArea description = new TextArea();
    private final Select<RogersAttribute> attribute = new Select<>();
    private final Span suggestion = new Span();
    private final Select<Severity> severity = new Select<>();
    private final TextField appVersion = new TextField();
    private final Select<Platform> platform = new Select<>();
    private final TextField errorMessage = new TextField();
    private final TextArea resolutionNote = new TextArea();
    private boolean attributeChosenByUser;
    private boolean settingSuggestion;

    ComplaintFields(ComplaintService service, KeywordRules rules, CategoryDefaults categoryDefaults,
            BranchService branches, KpjReveal revealKpj, id.bpjs.jmo.complaint.SurveyFollowUps followUps) {
        this.service = service;
        this.followUps = followUps;
        this.rules = rules;
        this.categoryDefaults = categoryDefaults;
        this.branches = branches;
        this.revealKpj = revealKpj;
        buildFields(service);
        bind();
        add(channel, receivedAt, branch, kpjField(), contactField(), category, severity, description, attributeField(), appVersion,
                platform, errorMessage, resolutionNote);
        setColspan(description, 2);
        setColspan(errorMessage, 2);
        setColspan(resolutionNote, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    private void buildFields(ComplaintService service) {
        channel.setLabel(getTranslation("field.channel"));
        channel.setItems(ComplaintChannel.recordable());
        channel.setItemLabelGenerator(c -> getTranslation("enum.ComplaintChannel." + c.name()));
        channel.setId("complaint-channel");
        receivedAt.setLabel(getTranslation("field.receivedAt"));
        receivedAt.setMax(service.latestPossibleReceivedAt());
        receivedAt.setId("complaint-received-at");
        resolutionNote.setId("complaint-resolution-note");
        branch.setLabel(getTranslation("field.branch"));
        branch.setItems(branches.all());
        branch.setItemLabelGenerator(Branch::toString);
        kpj.setLabel(getTranslation("field.kpjNumber"));
        kpj.setAllowedCharPattern("[0-9]");
        kpj.setMaxLength(11);
        kpj.setHelperText(getTranslation("complaint.kpj.help"));
        kpj.setId("complaint-kpj");
        contact.setLabel(getTranslation("complaint.contact"));
        contact.setReadOnly(true);
        contact.setId("complaint-contact");
        revealContact.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        revealContact.setTooltipText(getTranslation("complaint.contact.reveal"));
        revealContact.setAriaLabel(getTranslation("complaint.contact.reveal"));
        revealContact.setId("complaint-contact-reveal");
        revealContact.addClickListener(e -> revealContact());
        category.setLabel(getTranslation("field.category"));
        category.setItems(ComplaintCategory.recordable());
        category.setItemLabelGenerator(c -> getTranslation("enum.ComplaintCategory." + c.name()));
        category.setId("complaint-category");
        description.setLabel(getTranslation("field.description"));
        description.setMaxLength(4000);
        description.setMinHeight("7em");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.setHelperText(getTranslation("complaint.description.help"));
        description.setId("complaint-description");
        attribute.setLabel(getTranslation("field.attribute"));
        attribute.setItems(RogersAttribute.values());
        attribute.setItemLabelGenerator(a -> a.label(getLocale()));
        attribute.setId("complaint-attribute");
        suggestion.addClassName("suggestion");
        suggestion.setId("complaint-suggestion");
        severity.setLabel(getTranslation("field.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("enum.Severity." + s.name()));
        appVersion.setLabel(getTranslation("field.appVersion"));
        appVersion.setPlaceholder("2.6.1");
        platform.setLabel(getTranslation("field.platform"));
        platform.setItems(Platform.values());
        platform.setItemLabelGenerator(p -> p == Platform.IOS ? "iOS" : "Android");
        errorMessage.setLabel(getTranslation("field.errorMessage"));
        errorMessage.setMaxLength(500);
        errorMessage.setHelperText(getTranslation("complaint.errorMessage.help"));
        errorMessage.setId("complaint-error-message");
        appVersion.setId("complaint-app-version");
        platform.setId("complaint-platform");
        severity.setId("complaint-severity");
        branch.setId("complaint-branch");
        resolutionNote.setLabel(getTranslation("field.resolutionNote"));
        resolutionNote.setMaxLength(2000);

        category.addValueChangeListener(e -> {
            updateAppErrorFields();
            suggest();
        });
        description.addValueChangeListener(e -> suggest());
        attribute.addValueChangeListener(e -> {
            if (e.isFromClient() && !settingSuggestion) {
                attributeChosenByUser = true;
            }
        });
    }

    private Component kpjField() {
        kpjRow.add(kpj, revealKpj);
        kpjRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        kpjRow.setSpacing(false);
        kpj.setWidthFull();
        return kpjRow;
    }

    private Component contactField() {
        contactRow.add(contact, revealContact);
        contactRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        contactRow.setSpacing(false);
        contactRow.setVisible(false);
        contact.setWidthFull();
        return contactRow;
    }

    /** Called after the contact of a survey follow-up case was revealed (the history has a new line). */
    void onContactRevealed(Runnable action) {
        this.contactRevealed = action;
    }

    /** Survey follow-up: the masked contact, when consent was given and when it is (or was) erased. */
    private void showContact(Complaint complaint, boolean writable) {
        boolean followUp = complaint.isSurveyFollowUp();
        kpjRow.setVisible(!followUp);
        contactRow.setVisible(followUp);
        if (!followUp) {
            return;
        }
        var locale = getLocale();
        var consented = complaint.getContactConsentedAt();
        var consentedText = consented == null ? "–" : Formats.dateTime(consented, locale);
        var erased = complaint.getContactErasedAt();
        if (erased != null) {
            contact.setValue(getTranslation("complaint.contact.erased", Formats.dateTime(erased, locale)));
            revealContact.setVisible(false);
        } else {
            contact.setValue(complaint.getMaskedIdentifier());
            revealContact.setVisible(writable);
        }
        var erasureDay = followUps.erasureDay(complaint);
        contact.setHelperText(getTranslation("complaint.followUp.survey", String.valueOf(complaint.getSurveyResponseId()))
                + " · " + (erasureDay == null ? getTranslation("complaint.contact.help", consentedText,
                        followUps.retentionDays())
                        : getTranslation("complaint.contact.erasureDay", consentedText,
                                Formats.date(erasureDay, locale))));
    }

    private void revealContact() {
        if (shown == null) {
            return;
        }
        try {
            contact.setValue(service.revealContact(shown.getId()));
            revealContact.setVisible(false);
            contactRevealed.run();
            ComplaintFormView.notify(getTranslation("complaint.contact.revealed"),
                    com.vaadin.flow.component.notification.NotificationVariant.LUMO_CONTRAST);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            ComplaintFormView.notify(getTranslation("complaint.kpj.notAllowed"),
                    com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
        }
    }

    private Component attributeField() {
        var box = new VerticalLayout(attribute, suggestion);
        box.setPadding(false);
        box.setSpacing(false);
        attribute.setWidthFull();
        return box;
    }

    private void bind() {
        binder.forField(channel).asRequired(getTranslation("validation.required")).bind("channel");
        binder.forField(receivedAt).asRequired(getTranslation("validation.required")).bind("receivedAt");
        // The KPJ number is shown masked on recorded complaints: the field writes only when it holds the real
        // number (a new complaint, or after a recorded reveal), never the mask.
        binder.forField(kpj).asRequired(getTranslation("validation.required"))
                .withValidator(value -> kpj.isReadOnly() || value.matches("\\d{11}"),
                        getTranslation("field.kpjNumber") + ": " + getTranslation("validation.kpj"))
                .bind(c -> kpj.isReadOnly() ? c.getMaskedKpjNumber() : java.util.Objects.toString(c.getKpjNumber(), ""),
                        (c, value) -> {
                    if (!kpj.isReadOnly()) {
                        c.setKpjNumber(value);
                    }
                });
        binder.forField(category).asRequired(getTranslation("validation.required")).bind("category");
        binder.forField(description).asRequired(getTranslation("validation.required")).bind("description");
        binder.forField(attribute).asRequired(getTranslation("validation.required")).bind("attribute");
        binder.forField(severity).asRequired(getTranslation("validation.required")).bind("severity");
        binder.forField(appVersion).bind("appVersion");
        binder.forField(platform)
                .withValidator(value -> category.getValue() != ComplaintCategory.APP_ERROR || value != null,
                        getTranslation("validation.required"))
                .bind("platform");
        binder.forField(errorMessage)
                .withValidator(value -> category.getValue() != ComplaintCategory.APP_ERROR
                        || value != null && !value.isBlank(), getTranslation("validation.required"))
                .bind("errorMessage");
        binder.forField(resolutionNote).bind("resolutionNote");
    }

    /**
     * A blank complaint; after "save &amp; record another" the channel and category of the previous one stay. No
     * preselected category: staff must choose one (it drives the attribute suggestion and the app error fields).
     */
    void readNew(Complaint complaint, @Nullable ComplaintChannel keptChannel, @Nullable ComplaintCategory keptCategory,
            ComplaintFormRules formRules, @Nullable Long ownBranchId) {
        attributeChosenByUser = false;
        shown = null;
        kpj.setReadOnly(false);
        channel.setItems(ComplaintChannel.recordable());
        category.setItems(ComplaintCategory.recordable());
        kpjRow.setVisible(true);
        contactRow.setVisible(false);
        binder.readBean(complaint);
        category.clear();
        category.setInvalid(false);
        if (keptChannel != null) {
            channel.setValue(keptChannel);
        }
        if (keptCategory != null) {
            category.setValue(keptCategory);
        }
        binder.setReadOnly(!formRules.editable());
        branch.setVisible(formRules.chooseBranch());
        branches.all().stream().filter(b -> b.getId() != null && b.getId().equals(ownBranchId)).findFirst()
                .ifPresent(branch::setValue);
        kpj.setReadOnly(false);
        revealKpj.setVisible(false);
        resolutionNote.setVisible(false);
        updateAppErrorFields();
        suggest();
        channel.focus();
    }

    /** A recorded complaint, the KPJ number masked; the resolution note once it is closed or written. */
    void read(Complaint complaint, ComplaintFormRules formRules) {
        attributeChosenByUser = true;
        shown = complaint;
        kpj.setReadOnly(true);
        boolean followUp = complaint.isSurveyFollowUp();
        channel.setItems(followUp ? java.util.List.of(ComplaintChannel.SURVEY) : ComplaintChannel.recordable());
        category.setItems(followUp ? java.util.List.of(ComplaintCategory.SURVEY_FOLLOW_UP)
                : ComplaintCategory.recordable());
        binder.readBean(complaint);
        binder.setReadOnly(!formRules.editable());
        channel.setReadOnly(!formRules.editable() || followUp);
        category.setReadOnly(!formRules.editable() || followUp);
        showContact(complaint, formRules.reveal());
        kpj.setReadOnly(true);
        revealKpj.setVisible(formRules.reveal());
        branch.setVisible(false);
        resolutionNote.setVisible(!complaint.getStatus().isOpen() || complaint.getResolutionNote() != null);
        updateAppErrorFields();
        suggestion.setText("");
    }

    /** Writes the fields into {@code complaint} when all are valid (and the chosen branch of a new one). */
    boolean write(Complaint complaint) {
        if (!binder.writeBeanIfValid(complaint)) {
            return false;
        }
        if (complaint.getId() == null && branch.isVisible() && branch.getValue() != null) {
            complaint.setBranch(branch.getValue());
        }
        return true;
    }

    /** After a recorded reveal the field holds (and saves) the real number. */
    void showRevealed(String kpjNumber) {
        kpj.setReadOnly(false);
        kpj.setValue(kpjNumber);
    }

    /** The binder of the fields (a draft kept over a language switch is written back through it). */
    com.vaadin.flow.data.binder.Binder<Complaint> binder() {
        return binder;
    }

    /** After fields were set from outside (a restored draft): show or hide the app error fields again. */
    void refreshAppErrorFields() {
        updateAppErrorFields();
    }

    private void updateAppErrorFields() {
        boolean appError = category.getValue() == ComplaintCategory.APP_ERROR;
        appVersion.setVisible(appError);
        platform.setVisible(appError);
        errorMessage.setVisible(appError);
        platform.setRequiredIndicatorVisible(appError);
        errorMessage.setRequiredIndicatorVisible(appError);
    }

    /** Suggests the attribute from the category and the description's words, unless the user already chose one. */
    private void suggest() {
        var selected = category.getValue();
        if (selected == null) {
            suggestion.setText("");
            return;
        }
        var result = rules.suggest(description.getValue(), categoryDefaults.attributeFor(selected));
        suggestion.setText(result.fromKeywords()
                ? getTranslation("complaint.suggestion.keywords", result.attribute().label(getLocale()),
                        String.join(", ", result.matched()))
                : getTranslation("complaint.suggestion.category", result.attribute().label(getLocale())));
        if (!attributeChosenByUser) {
            settingSuggestion = true;
            attribute.setValue(result.attribute());
            settingSuggestion = false;
        }
    }
}
