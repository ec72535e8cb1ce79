package id.bpjs.jmo.findings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.ChartJs;
import id.bpjs.jmo.base.ui.FilterParams;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.base.ui.SlideDeck;
import id.bpjs.jmo.findings.Deck;
import id.bpjs.jmo.findings.DeckBuilder;
import id.bpjs.jmo.findings.FindingsService;
import id.bpjs.jmo.security.ui.BranchScope;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.security.UserService;
import id.bpjs.jmo.security.ui.ChangePasswordView;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The findings as full-screen 16:9 slides for the evaluation meeting, for the period and branch in the address bar
 * (the same parameters as the findings page). Arrows and PageUp/PageDown move, F toggles full screen, Esc returns to
 * the findings page. Type is sized to the slide so it stays readable from the back of the room.
 */
@Route(value = Links.PRESENTATION, autoLayout = false)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class PresentationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FindingsService service;
    private final UserService users;
    private final BranchScope.Options branchScope;
    private final LocalDate today;
    private final SlideDeck deck = new SlideDeck();
    private FilterParams params;

    PresentationView(FindingsService service, BranchScope branches, UserService users) {
        today = branches.today();
        this.service = service;
        this.users = users;
        addClassName("presentation-view");
        // outside the main layout: the slides are the page's main landmark (WCAG 1.3.1, axe "region")
        getElement().setAttribute("role", "main");
        branchScope = branches.forCurrentUser();
        params = FilterParams.defaults(today);
        deck.setId("deck");
        deck.addExitListener(() -> UI.getCurrent().navigate(FindingsView.class, params.toQuery()));
        add(deck);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // outside the main layout, so its rule is repeated: a temporary password is replaced before anything else
        if (users.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
            return;
        }
        params = branchScope.parse(event.getLocation().getQueryParameters(), today);
        var filter = branchScope.filter(params, today);
        var label = FindingsView.scopeLabel(params, branchScope, this::getTranslation);
        var findings = service.load(filter, today, label);
        var locale = id.bpjs.jmo.base.i18n.Formats.language(getLocale());
        var content = DeckBuilder.build(findings, locale, today);
        deck.removeAll();
        var slides = content.slides();
        for (int i = 0; i < slides.size(); i++) {
            deck.add(slide(slides.get(i), i + 1, slides.size(), content));
        }
    }

    private Component slide(Deck.Slide slide, int number, int total, Deck content) {
        var section = new Div();
        section.addClassNames("slide", "slide-" + slide.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        section.setId("slide-" + number);
        if (slide.kind() == Deck.Kind.TITLE) {
            var title = new H1(slide.title());
            var subtitle = new Paragraph(slide.subtitle());
            subtitle.addClassName("slide-subtitle");
            var band = new Div(title, subtitle);
            band.addClassName("slide-title-band");
            section.add(band);
            slide.lines().forEach(line -> section.add(lineParagraph(line)));
            var keys = new Paragraph(getTranslation("presentation.keys"));
            keys.addClassName("slide-keys");
            section.add(keys);
        } else {
            var header = new Div(new H2(slide.title()));
            header.addClassName("slide-header");
            if (!slide.subtitle().isBlank()) {
                var subtitle = new Span(slide.subtitle());
                subtitle.addClassName("slide-subtitle");
                header.add(subtitle);
            }
            section.add(header, body(slide));
        }
        var footer = new Div(new Span(content.subtitle()), new Span(number + " / " + total));
        footer.addClassName("slide-footer");
        section.add(footer);
        return section;
    }

    private Component body(Deck.Slide slide) {
        var body = new Div();
        body.addClassName("slide-body");
        if (slide.kind() == Deck.Kind.KEY_FIGURES) {
            body.add(figures(slide.figures(), "slide-figures-grid"));
            return body;
        }
        if (slide.kind() == Deck.Kind.RECOMMENDATIONS) {
            var list = new UnorderedList();
            list.addClassName("slide-recommendations");
            slide.lines().forEach(line -> list.add(recommendation(line)));
            body.add(list);
            return body;
        }
        var visual = new Div();
        visual.addClassName("slide-visual");
        if (slide.chart() != null) {
            visual.add(chart(slide.chart()));
        }
        var text = new Div();
        text.addClassName("slide-text");
        text.add(figures(slide.figures(), "slide-figures-row"));
        // attribute slides show their narrative; the others the summary they are presented with
        var spoken = slide.narrative() != null ? slide.narrative() : slide.lines().isEmpty() ? slide.notes() : "";
        if (!spoken.isBlank()) {
            var narrative = new Paragraph(spoken);
            narrative.addClassName("slide-narrative");
            text.add(narrative);
        }
        slide.lines().forEach(line -> text.add(lineParagraph(line)));
        if (slide.quote() != null) {
            var quote = new Paragraph("“" + slide.quote() + "”");
            quote.addClassName("slide-quote");
            var source = new Span("— " + slide.quoteSource());
            source.addClassName("slide-quote-source");
            text.add(quote, source);
        }
        body.add(visual, text);
        return body;
    }

    /** "1. Kerumitan: …": the number and the attribute in bold, as in the PPTX. */
    private static ListItem recommendation(String line) {
        int colon = line.indexOf(':');
        if (colon < 0 || colon > 40) {
            return new ListItem(line);
        }
        var lead = new Span(line.substring(0, colon + 1));
        lead.addClassName("slide-recommendation-lead");
        return new ListItem(lead, new com.vaadin.flow.component.Text(line.substring(colon + 1)));
    }

    private static Paragraph lineParagraph(String line) {
        var paragraph = new Paragraph(line);
        paragraph.addClassName("slide-line");
        return paragraph;
    }

    private static Div figures(List<Deck.Figure> figures, String className) {
        var box = new Div();
        box.addClassName(className);
        for (var figure : figures) {
            var tile = new Div();
            tile.addClassName("slide-figure");
            var label = new Span(figure.label());
            label.addClassName("slide-figure-label");
            var value = new Span(figure.value());
            value.addClassName("slide-figure-value");
            if (figure.value().chars().filter(Character::isLetter).count() > 2) {
                value.addClassName("word");
            }
            var detail = new Span(figure.detail());
            detail.addClassName("slide-figure-detail");
            tile.add(label, value, detail);
            box.add(tile);
        }
        return box;
    }

    private Component chart(Deck.ChartSpec spec) {
        var wrap = new Div();
        wrap.addClassName("slide-chart");
        var title = new Span(spec.title() + (spec.isEmpty() ? "" : " · n = " + Formats.number(spec.n(), getLocale())));
        title.addClassName("slide-chart-title");
        wrap.add(title);
        if (spec.isEmpty()) {
            var empty = new Paragraph(getTranslation("presentation.noChartData"));
            empty.addClassName("slide-empty");
            wrap.add(empty);
            return wrap;
        }
        var chart = new ChartJs();
        chart.setChart(DeckChartConfigs.toChartJs(spec));
        chart.setSizeUndefined();
        chart.addClassName("slide-chart-canvas");
        chart.getElement().setAttribute("font-scale", "0.036");
        // slides build up with a short animation; the dashboard draws at once (jmo-chart.ts)
        chart.getElement().setAttribute("animate", "600");
        chart.setAccessibleLabel(spec.title());
        wrap.add(chart);
        return wrap;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("presentation.title");
    }
}
