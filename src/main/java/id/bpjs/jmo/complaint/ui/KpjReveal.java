package id.bpjs.jmo.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.bpjs.jmo.complaint.ComplaintService;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The eye button beside a masked KPJ number (UU 27/2022, personal data): the service checks the right and records who
 * revealed it; the page then shows the full number and the new history line.
 */
final class KpjReveal extends Button {

    KpjReveal(ComplaintService service, Supplier<Long> complaintId, Consumer<String> revealed) {
        super(VaadinIcon.EYE.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setTooltipText(getTranslation("complaint.kpj.reveal"));
        setAriaLabel(getTranslation("complaint.kpj.reveal"));
        addClickListener(e -> {
            try {
                var full = service.revealKpj(complaintId.get());
                setVisible(false);
                revealed.accept(full);
                ComplaintFormView.notify(getTranslation("complaint.kpj.revealed"), NotificationVariant.LUMO_CONTRAST);
            } catch (org.springframework.security.access.AccessDeniedException denied) {
                ComplaintFormView.notify(getTranslation("complaint.kpj.notAllowed"), NotificationVariant.LUMO_ERROR);
            }
        });
    }
}
