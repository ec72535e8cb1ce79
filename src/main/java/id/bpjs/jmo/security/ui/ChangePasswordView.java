package id.bpjs.jmo.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.security.PasswordPolicy;
import id.bpjs.jmo.security.UserException;
import id.bpjs.jmo.security.UserService;
import jakarta.annotation.security.PermitAll;

/**
 * Replacing a temporary password (first login, after a reset) or choosing a new one. After the change the person
 * logs in again with the new password.
 */
@Route(Links.CHANGE_PASSWORD)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(UserService users, AuthenticationContext authentication) {
        var current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        var next = new PasswordField(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        next.setId("password-new");
        var repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        var save = new Button(getTranslation("password.save"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                authentication.logout();
            } catch (UserException problem) {
                var field = problem.messageKey().equals("password.currentWrong") ? current : next;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-save");
        var intro = new Paragraph(getTranslation(users.mustChangePassword() ? "password.mustChange"
                : "password.intro"));
        setMaxWidth("32em");
        add(new H2(getTranslation("password.title")), intro, current, next, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
