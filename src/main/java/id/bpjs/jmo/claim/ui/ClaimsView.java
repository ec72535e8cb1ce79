package id.bpjs.jmo.claim.ui;

import id.bpjs.jmo.base.domain.KeysetAnchors;
import id.bpjs.jmo.base.ui.Dialogs;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.bpjs.jmo.claim.ClaimChannel;
import id.bpjs.jmo.claim.ClaimFeedbackService;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.claim.ClaimQuery;
import id.bpjs.jmo.claim.ClaimRecords;
import id.bpjs.jmo.claim.DaysBucket;
import id.bpjs.jmo.claim.JhtClaim;
import id.bpjs.jmo.security.ui.BranchScope;
import id.bpjs.jmo.layout.RecordListLayout;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import id.bpjs.jmo.base.ui.VisuallyHidden;

/** JHT claims with their working days to payment and the participant's speed rating (read-only). */
@Route(Links.CLAIMS)
@Menu(order = 30, icon = "vaadin:money", title = "menu.claims")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class ClaimsView extends RecordListLayout {

    private final ClaimRecords records;
    private final Grid<JhtClaim> grid = new Grid<>();
    private KeysetAnchors anchors = new KeysetAnchors();

    private final ClaimFeedbackService feedback;
    private final boolean mayRecord;

    ClaimsView(ClaimRecords records, ClaimFeedbackService feedback, BranchScope branches, CurrentUser currentUser) {
        super(ClaimsView.class, branches);
        this.records = records;
        this.feedback = feedback;
        this.mayRecord = currentUser.require().role() != Role.MANAGER;
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(JhtClaim::getClaimReference).setHeader(getTranslation("list.reference")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.getBranch() == null ? "" : c.getBranch().getCode())
                .setHeader(getTranslation("list.branch")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("channel.claim." + c.getChannel().name()))
                .setHeader(getTranslation("list.channel")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.dateTime(c.getSubmittedAt(), getLocale())).setHeader(getTranslation("list.submitted"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("submittedAt");
        grid.addColumn(c -> c.getDocumentsCompleteAt() == null ? "–" : Formats.dateTime(c.getDocumentsCompleteAt(), getLocale()))
                .setHeader(getTranslation("list.documentsComplete")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("enum.ClaimOutcome." + c.getOutcome().name()))
                .setHeader(getTranslation("list.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.getWorkingDaysToPayment() == null ? "–" : String.valueOf(c.getWorkingDaysToPayment()))
                .setHeader(getTranslation("list.workingDays")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0).setSortProperty("workingDaysToPayment")
                .setPartNameGenerator(c -> c.paidLate() ? "age-overdue" : null);
        grid.addColumn(c -> c.getSpeedRating() == null ? "–" : String.valueOf(c.getSpeedRating()))
                .setHeader(getTranslation("list.rating")).setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.getAttribute() == null ? "" : c.getAttribute().label(getLocale()))
                .setHeader(getTranslation("list.attribute")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.getComment() == null ? "" : c.getComment()).setHeader(getTranslation("list.comment"))
                .setFlexGrow(1);
        if (mayRecord) {
            grid.addComponentColumn(c -> {
                var button = new Button(VaadinIcon.STAR_O.create(), e -> openFeedback(c));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                button.setTooltipText(getTranslation("claim.feedback.record"));
                button.setAriaLabel(getTranslation("claim.feedback.record") + " " + c.getClaimReference());
                return button;
            }).setHeader(VisuallyHidden.text(getTranslation("list.actions"))).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();
        add(grid);
    }

    /** The participant's rating of the claim's speed, entered by staff: rating, attribute and comment. */
    private void openFeedback(JhtClaim claim) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("claim.feedback.title", claim.getClaimReference()));
        var rating = new RadioButtonGroup<Integer>(getTranslation("claim.feedback.rating"));
        rating.setId("claim-rating");
        rating.setItems(1, 2, 3, 4, 5);
        rating.setItemLabelGenerator(r -> r + " – " + getTranslation("claim.feedback.rating." + r));
        rating.setValue(claim.getSpeedRating());
        var attribute = new Select<RogersAttribute>();
        attribute.setLabel(getTranslation("list.attribute"));
        attribute.setItems(RogersAttribute.values());
        attribute.setItemLabelGenerator(a -> a.label(getLocale()));
        attribute.setValue(claim.getAttribute() == null ? RogersAttribute.RELATIVE_ADVANTAGE : claim.getAttribute());
        var comment = new TextArea(getTranslation("list.comment"));
        comment.setId("claim-comment");
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setValue(claim.getComment() == null ? "" : claim.getComment());
        var save = new Button(getTranslation("complaint.save"), e -> {
            if (rating.getValue() == null) {
                rating.setInvalid(true);
                rating.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                feedback.recordFeedback(claim.getId(), rating.getValue(), attribute.getValue(), comment.getValue());
                dialog.close();
                anchors.clear();
                grid.getDataProvider().refreshAll();
                Notification.show(getTranslation("claim.feedback.saved"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (org.springframework.security.access.AccessDeniedException denied) {
                Notification.show(getTranslation("claim.feedback.notAllowed"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("claim-feedback-save");
        dialog.add(new com.vaadin.flow.component.orderedlayout.VerticalLayout(rating, attribute, comment));
        dialog.getFooter().add(new Button(getTranslation("complaint.cancel"), e -> dialog.close()), save);
        Dialogs.keyboard(dialog, save, rating);
        dialog.open();
    }

    @Override
    protected List<String> extraKeys() {
        return List.of(Links.CLAIM_CHANNEL, Links.DAYS, Links.ATTRIBUTE);
    }

    @Override
    protected boolean understands(String key, String value) {
        return switch (key) {
            case Links.CLAIM_CHANNEL -> isConstantOf(ClaimChannel.class, value);
            case Links.DAYS -> DaysBucket.parse(value).isPresent();
            default -> isConstantOf(RogersAttribute.class, value);
        };
    }

    @Override
    protected String chipLabel(String key, String value) {
        return switch (key) {
            case Links.CLAIM_CHANNEL -> getTranslation("list.channel") + ": " + getTranslation("channel.claim." + value);
            case Links.DAYS -> getTranslation("list.workingDays") + ": " + value;
            default -> getTranslation("list.attribute") + ": " + Arrays.stream(RogersAttribute.values())
                    .filter(a -> a.name().equals(value)).findFirst().map(a -> a.label(getLocale())).orElse(value);
        };
    }

    @Override
    protected void refresh(RecordFilter filter, Map<String, String> extras) {
        var channel = Arrays.stream(ClaimChannel.values()).filter(c -> c.name().equals(extras.get(Links.CLAIM_CHANNEL)))
                .findFirst().orElse(null);
        var days = DaysBucket.parse(extras.get(Links.DAYS));
        var attribute = Arrays.stream(RogersAttribute.values()).filter(a -> a.name().equals(extras.get(Links.ATTRIBUTE)))
                .findFirst().orElse(null);
        var query = new ClaimQuery(filter, channel, days.map(DaysBucket::days).orElse(null),
                days.map(DaysBucket::orMore).orElse(false), attribute);
        anchors = new KeysetAnchors();
        var pages = anchors;
        grid.setItems(q -> records.list(query, VaadinSpringDataHelpers.toSpringPageRequest(q), pages).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.claims");
    }
}
