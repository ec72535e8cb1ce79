package id.bpjs.jmo.findings.ui;

import id.bpjs.jmo.base.ui.FollowsFilter;
import id.bpjs.jmo.base.ui.Links;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.ChartJs;
import id.bpjs.jmo.base.ui.FilterBar;
import id.bpjs.jmo.base.ui.FilterParams;
import id.bpjs.jmo.findings.AttributePicture;
import id.bpjs.jmo.findings.Deck;
import id.bpjs.jmo.findings.DeckBuilder;
import id.bpjs.jmo.findings.DeckPdf;
import id.bpjs.jmo.findings.DeckPptx;
import id.bpjs.jmo.findings.Findings;
import id.bpjs.jmo.findings.FindingsService;
import id.bpjs.jmo.findings.Narrative;
import id.bpjs.jmo.security.ui.BranchScope;
import id.bpjs.jmo.coding.ExcerptSummary;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The findings per Rogers attribute, as the study reported them: the numbers, what people said, and a paragraph
 * written from both (in Indonesian and in English); closed by the recommendations. From here the same content goes
 * to the presentation mode and to PPTX and PDF.
 */
@Route(Links.FINDINGS)
@Menu(order = 5, icon = "vaadin:presentation", title = "menu.findings")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class FindingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        FollowsFilter {

    private final FindingsService service;
    private final BranchScope.Options branchScope;
    private final FilterBar filterBar;
    private final Paragraph scope = new Paragraph();
    private final Div content = new Div();
    private final LocalDate today;
    private FilterParams params;
    private @Nullable Findings findings;
    private @Nullable Deck deck;

    private final id.bpjs.jmo.survey.SurveyRecords surveyRecords;

    FindingsView(FindingsService service, BranchScope branches, id.bpjs.jmo.survey.SurveyRecords surveyRecords) {
        today = branches.today();
        this.service = service;
        this.surveyRecords = surveyRecords;
        addClassName("findings-view");
        branchScope = branches.forCurrentUser();
        params = FilterParams.defaults(today);
        filterBar = new FilterBar(branchScope.options(), branchScope.locked(), today,
                changed -> UI.getCurrent().navigate(FindingsView.class, changed.toQuery()));

        var present = new Button(getTranslation("findings.present"), VaadinIcon.PRESENTATION.create(),
                e -> UI.getCurrent().navigate(PresentationView.class, params.toQuery()));
        present.setId("findings-present");
        present.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var pptx = new Anchor(DownloadHandler.fromInputStream(e -> export("pptx")), "PPTX");
        pptx.getElement().setAttribute("download", true);
        pptx.setId("findings-pptx");
        var pdf = new Anchor(DownloadHandler.fromInputStream(e -> export("pdf")), "PDF (A4)");
        pdf.getElement().setAttribute("download", true);
        pdf.setId("findings-pdf");
        var toolbar = new HorizontalLayout(present, new Span(getTranslation("list.export")), pptx, pdf);
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.addClassName("findings-toolbar");
        scope.addClassName("dashboard-scope");
        content.addClassName("findings-content");
        content.setWidthFull();
        add(filterBar, new H2(getTranslation("findings.title")), scope, toolbar, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        params = branchScope.parse(event.getLocation().getQueryParameters(), today);
        filterBar.show(params, branchScope.options());
        refresh();
    }

    /** "Kantor Cabang Purwokerto", with the channel when one is chosen: every slide and file names what it covers. */
    static String scopeLabel(FilterParams params, BranchScope.Options branches,
            java.util.function.Function<String, String> t) {
        var code = params.branchCode();
        var label = code == null ? t.apply("findings.allBranches")
                : t.apply("findings.branch").replace("{0}", branches.name(code));
        var channel = params.channel();
        return channel == null ? label
                : label + " · " + t.apply(channel == id.bpjs.jmo.base.domain.ServiceChannel.JMO ? "channel.jmo"
                        : "channel.loket");
    }

    private void refresh() {
        var filter = branchScope.filter(params, today);
        var period = filter.period();
        var label = scopeLabel(params, branchScope, this::getTranslation);
        var loaded = service.load(filter, today, label);
        findings = loaded;
        // built here, on the UI thread: the downloads run in their own request, without the UI's locale
        var built = DeckBuilder.build(loaded, locale(), today);
        deck = built;
        scope.setText(getTranslation("findings.scope", label, Formats.date(period.from(), getLocale()),
                Formats.date(period.to(), getLocale()),
                Formats.number(loaded.data().survey().responses(), getLocale()),
                Formats.number(loaded.excerpts().total(), getLocale()))
                + (params.channel() == null ? "" : " " + getTranslation("findings.channelNote")));
        content.removeAll();
        // the deck has one attribute slide per attribute, in the attributes' order; the page shows their trend charts
        var attributeSlides = built.slides().stream().filter(sl -> sl.kind() == Deck.Kind.ATTRIBUTE).toList();
        for (var attribute : RogersAttribute.values()) {
            content.add(attributeSection(loaded, attribute, attributeSlides.get(attribute.ordinal()).chart()));
        }
        content.add(recommendSection(loaded));
        content.add(recommendations(loaded));
    }

    /** The 0–10 recommend question: net score, its three groups with n, and the way to the comments behind it. */
    private Component recommendSection(Findings loaded) {
        var filter = loaded.data().filter();
        var section = new Div();
        section.addClassName("finding");
        section.setId("findings-recommend");
        section.add(new H3(getTranslation("findings.recommend.title")));
        var score = loaded.recommend();
        var text = new Paragraph(score.netScore().map(net -> getTranslation("findings.recommend.text",
                id.bpjs.jmo.survey.ui.RecommendTexts.signed(net, getLocale()),
                id.bpjs.jmo.survey.ui.RecommendTexts.detail(score, this::getTranslation, getLocale())))
                .orElse(getTranslation("findings.recommend.none")));
        text.setId("findings-recommend-text");
        section.add(text);
        // the change against the previous period with its verdict, as the dashboard's key figure shows it
        loaded.data().recommendChange().ifPresent(change -> section.add(new Paragraph(
                id.bpjs.jmo.base.ui.KeyFigure.changeLine("findings-recommend-change", change.change().doubleValue(),
                        Formats.decimal(change.change().abs(), id.bpjs.jmo.survey.RecommendScore.DIGITS, getLocale())
                                + " " + getTranslation("kf.points") + " " + getTranslation("kf.vsPrevious"),
                        id.bpjs.jmo.base.ui.KeyFigure.Direction.HIGHER_IS_BETTER, change.test().verdict(),
                        id.bpjs.jmo.base.i18n.Translations.verdictNote(getLocale(), change.test())))));
        // what respondents wrote in their own words, read in the responses list (not only the coded excerpts)
        var comments = new Anchor(Links.to(Links.RESPONSES, params).with(Links.WITH_COMMENT, Links.YES).href(),
                getTranslation("findings.comments.link", Formats.number(surveyRecords.countWithComment(filter),
                getLocale())));
        comments.setId("findings-comments");
        section.add(new Paragraph(comments));
        return section;
    }

    private Component attributeSection(Findings loaded, RogersAttribute attribute, Deck.@Nullable ChartSpec trend) {
        var finding = loaded.of(attribute);
        var picture = finding.picture();
        var excerpts = finding.excerpts();
        var section = new Div();
        section.addClassName("finding");
        section.setId("finding-" + attribute.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        section.getStyle().set("--attribute-colour", attribute.colour());
        var heading = new H3(attribute.label(getLocale()));
        var description = new Span(attribute.description(getLocale()));
        description.addClassName("finding-description");

        var numbers = new Div();
        numbers.addClassName("finding-numbers");
        if (picture.enoughResponses()) {
            numbers.add(figure(getTranslation("findings.mean"), Formats.decimal(picture.mean(), 2, getLocale()),
                    getTranslation("findings.satisfied", Formats.percent(picture.shareSatisfied(), getLocale()))));
            numbers.add(figure(getTranslation("findings.trend"), trend(picture), getTranslation("findings.previous",
                    picture.previousResponses() == 0 ? "–" : Formats.decimal(picture.previousMean(), 2, getLocale()),
                    Formats.number(picture.previousResponses(), getLocale()))));
        } else {
            numbers.add(figure(getTranslation("findings.mean"), "–",
                    getTranslation("findings.tooFew", Formats.number(picture.responses(), getLocale()),
                    Narrative.MIN_RESPONSES)));
        }
        numbers.add(figure(getTranslation("findings.complaints"), Formats.number(picture.complaints(), getLocale()),
                getTranslation("findings.errors." + (picture.errorReports() == 1 ? "one" : "other"),
                        Formats.number(picture.errorReports(), getLocale()))));
        if (picture.claimRatings() > 0) {
            numbers.add(figure(getTranslation("findings.claimRating"), Formats.decimal(picture.claimRatingMean(), 2,
                    getLocale()),
                    "n = " + Formats.number(picture.claimRatings(), getLocale())));
        }
        if (picture.claimMedianJmo() != null || picture.claimMedianBranch() != null) {
            numbers.add(figure(getTranslation("findings.claimSpeed"), (picture.claimMedianJmo() == null ? "–"
                    : picture.claimMedianJmo()) + " / " + (picture.claimMedianBranch() == null ? "–"
                    : picture.claimMedianBranch()), getTranslation("findings.claimSpeed.detail")));
        }

        var qualitative = new Div();
        qualitative.addClassName("finding-qualitative");
        qualitative.add(new H4(getTranslation("findings.voices")));
        if (excerpts.total() == 0) {
            var none = new Paragraph(getTranslation("findings.noExcerpts"));
            none.addClassName("empty-state");
            qualitative.add(none);
        } else {
            qualitative.add(toneBar(excerpts));
            if (!excerpts.topTags().isEmpty()) {
                var tags = new Div();
                tags.addClassName("finding-tags");
                excerpts.topTags().forEach(tag -> {
                    var chip = new Span(tag.tag() + " · " + tag.count());
                    chip.addClassName("tag-chip");
                    tags.add(chip);
                });
                qualitative.add(tags);
            }
            for (var quote : excerpts.quotes()) {
                qualitative.add(quote(quote));
            }
        }

        var narrative = new Paragraph(finding.narrative(getLocale()));
        narrative.addClassName("finding-narrative");
        narrative.setId(section.getId().orElseThrow() + "-narrative");
        // the other language's paragraph, under a summary written in that language
        var otherLanguage = Formats.language(getLocale()).equals(Formats.EN) ? Formats.ID : Formats.EN;
        var other = new Details(getTranslation(otherLanguage, "findings.inThisLanguage"),
                new Paragraph(finding.narrative(otherLanguage)));
        other.addClassName("finding-other-language");

        var left = new Div(numbers);
        left.addClassName("finding-left");
        if (trend != null && !trend.isEmpty()) {
            var caption = new Span(trend.title());
            caption.addClassName("finding-figure-label");
            var chart = new ChartJs();
            chart.setChart(DeckChartConfigs.toChartJs(trend));
            chart.setHeight("180px");
            chart.setAccessibleLabel(attribute.label(getLocale()) + ": " + trend.title());
            left.add(caption, chart);
        }
        var body = new Div(left, qualitative);
        body.addClassName("finding-body");
        section.add(new Div(heading, description), narrative, other, body);
        return section;
    }

    /** The change as the narrative judges it (rounded means), so the figure and the sentence agree. */
    private String trend(AttributePicture picture) {
        if (picture.previousResponses() < Narrative.MIN_RESPONSES) {
            return "–";
        }
        double delta = Narrative.change(picture);
        var signed = (delta > 0 ? "+" : "") + Formats.decimal(delta, 2, getLocale());
        // an arrow only for a change beyond chance (the narrative's verdict); "≈" for one chance explains
        return switch (Narrative.direction(picture)) {
            case UP -> "▲ " + signed;
            case DOWN -> "▼ " + signed;
            default -> "≈ " + signed;
        };
    }

    private static Div figure(String label, String value, String detail) {
        var box = new Div();
        box.addClassName("finding-figure");
        var l = new Span(label);
        l.addClassName("finding-figure-label");
        var v = new Span(value);
        v.addClassName("finding-figure-value");
        var d = new Span(detail);
        d.addClassName("finding-figure-detail");
        box.add(l, v, d);
        return box;
    }

    private Div toneBar(ExcerptSummary.AttributeExcerpts excerpts) {
        var bar = new Div();
        bar.addClassName("tone-bar");
        long total = excerpts.total();
        addSegment(bar, "negative", excerpts.negative(), total, "enum.Sentiment.NEGATIVE");
        addSegment(bar, "mixed", excerpts.mixed() + excerpts.neutral(), total, "findings.mixedNeutral");
        addSegment(bar, "positive", excerpts.positive(), total, "enum.Sentiment.POSITIVE");
        var legend = new Span(getTranslation("findings.tone", Formats.number(excerpts.negative(), getLocale()),
                Formats.number(excerpts.positive(), getLocale()), Formats.number(total, getLocale())));
        legend.addClassName("tone-legend");
        var wrap = new Div(bar, legend);
        wrap.addClassName("tone");
        return wrap;
    }

    private void addSegment(Div bar, String kind, long count, long total, String labelKey) {
        if (count == 0) {
            return;
        }
        var segment = new Span();
        segment.addClassName("tone-" + kind);
        segment.getStyle().set("flex-grow", Long.toString(count));
        segment.getElement().setAttribute("title", getTranslation(labelKey) + ": " + Formats.number(count, getLocale())
                + " / " + Formats.number(total, getLocale()));
        bar.add(segment);
    }

    private Component quote(ExcerptSummary.Quote quote) {
        var block = new Div();
        block.addClassName("finding-quote");
        block.addClassName("tone-" + quote.sentiment().name().toLowerCase(Locale.ROOT));
        var text = new Paragraph("“" + quote.text() + "”");
        var source = new Span("— " + quote.informantCode() + ", " + getTranslation("enum.SourceType."
                + quote.source().name()).toLowerCase(getLocale()) + " · " + getTranslation("enum.Sentiment."
                + quote.sentiment().name()).toLowerCase(getLocale()));
        source.addClassName("finding-quote-source");
        block.add(text, source);
        return block;
    }

    private Component recommendations(Findings loaded) {
        var section = new Div();
        section.addClassName("finding");
        section.addClassName("recommendations");
        section.setId("findings-recommendations");
        section.add(new H3(getTranslation("deck.rec.title")));
        var intro = new Paragraph(getTranslation("deck.rec.subtitle") + ". " + getTranslation("deck.rec.notes"));
        intro.addClassName("finding-description");
        section.add(intro);
        if (loaded.recommendations().isEmpty()) {
            var none = new Paragraph(loaded.data().survey().overallResponses() < Narrative.MIN_RESPONSES
                    ? getTranslation("deck.rec.none", Narrative.MIN_RESPONSES)
                    : getTranslation("deck.rec.noCorrelation"));
            none.addClassName("empty-state");
            section.add(none);
            return section;
        }
        var list = new OrderedList();
        for (var recommendation : loaded.recommendations()) {
            var item = new ListItem(loaded.recommendation(recommendation, getLocale()));
            item.addClassName("quadrant-" + recommendation.quadrant().name().toLowerCase(Locale.ROOT));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private DownloadResponse export(String type) {
        var loaded = findings;
        var built = deck;
        if (loaded == null || built == null) {
            return DownloadResponse.error(404);
        }
        var bytes = "pptx".equals(type) ? DeckPptx.write(built) : DeckPdf.write(built);
        var period = loaded.data().filter().period();
        // in the deck's language, which the page chose on the UI thread (no UI is current in a download's request)
        var name = Deck.fileName(built.locale(), params.branchCode(), period, type);
        var contentType = "pptx".equals(type)
                ? "application/vnd.openxmlformats-officedocument.presentationml.presentation" : "application/pdf";
        return new DownloadResponse(new ByteArrayInputStream(bytes), name, contentType, bytes.length);
    }

    private Locale locale() {
        return Formats.language(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("findings.title");
    }
}
