package id.bpjs.jmo.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.bpjs.jmo.base.ui.LanguageSwitch;
import id.bpjs.jmo.base.ui.Links;

/** The login page, in the remembered language (Indonesian by default). */
@Route(value = Links.LOGIN, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        // the whole login page is its main content: the page's one main landmark (WCAG 1.3.1, axe "region")
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        // One message for a wrong password, an unknown user name and a throttled login (LoginThrottle): which one it
        // was would tell an attacker whether the account exists.
        error.setMessage(getTranslation("security.login.error.message"));
        i18n.setAdditionalInformation(getTranslation("login.info"));
        login.setI18n(i18n);
        login.setAction(Links.LOGIN);
        login.setForgotPasswordButtonVisible(false);

        var brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")));
        brand.addClassName("login-brand");
        add(new LanguageSwitch(), brand, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
