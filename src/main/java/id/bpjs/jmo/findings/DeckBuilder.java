package id.bpjs.jmo.findings;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.domain.Ratio;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.claim.ClaimChannel;
import id.bpjs.jmo.claim.ClaimStatistics;
import id.bpjs.jmo.claim.JhtClaim;
import id.bpjs.jmo.ikm.IkmCalculator;
import id.bpjs.jmo.coding.ExcerptSummary;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes the meeting deck from the findings: title; key figures; one slide per attribute (trend chart, narrative,
 * a quote); IKM; complaints and error reports; claim speed; recommendations. Every number on a slide comes from the
 * findings; labels come from the translation files.
 */
public final class DeckBuilder {

    /** The translation files in the deck's language (the same files the views read through Vaadin). */
    private record Words(Locale locale) {
        String get(String key, Object... arguments) {
            return Translations.get(locale, key, arguments);
        }
    }

    private final Words t;
    private final Locale locale;

    private DeckBuilder(Locale locale) {
        this.t = new Words(locale);
        this.locale = locale;
    }

    /** The deck in a language: Indonesian ({@code id-ID}) or English ({@code en}). */
    public static Deck build(Findings findings, Locale locale, LocalDate generatedOn) {
        return new DeckBuilder(locale).deck(findings, generatedOn);
    }

    private Deck deck(Findings f, LocalDate generatedOn) {
        var period = f.data().filter().period();
        var subtitle = f.scopeLabel() + " · " + Formats.date(period.from(), locale) + " – "
                + Formats.date(period.to(), locale);
        var slides = new ArrayList<Deck.Slide>();
        slides.add(new Deck.Slide(Deck.Kind.TITLE, t.get("deck.title"), subtitle, List.of(),
                List.of(t.get("deck.generated", Formats.date(generatedOn, locale))), null, null, null, null,
                t.get("deck.title.notes", f.scopeLabel(), Formats.number(f.data().survey().responses(), locale))));
        slides.add(keyFigures(f));
        for (var attribute : RogersAttribute.values()) {
            slides.add(attribute(f, attribute));
        }
        slides.add(ikm(f));
        slides.add(complaints(f));
        slides.add(claims(f));
        slides.add(recommendations(f));
        return new Deck(locale, t.get("deck.title"), subtitle, slides,
                new Deck.Labels(t.get("presentation.noChartData"), t.get("deck.page")));
    }

    private Deck.Slide keyFigures(Findings f) {
        var data = f.data();
        var survey = data.survey();
        var figures = new ArrayList<Deck.Figure>();
        figures.add(new Deck.Figure(t.get("deck.kf.responses"), Formats.number(survey.responses(), locale),
                previous(data, data.previousSurvey().responses(), survey.responses())));
        // survey means only from the number of responses the narrative needs to say anything
        // (each over its own n: plain SKM responses carry no satisfaction, blank items count for no attribute)
        boolean enough = survey.overallResponses() >= Narrative.MIN_RESPONSES;
        figures.add(new Deck.Figure(t.get("deck.kf.satisfaction"),
                enough ? Formats.decimal(survey.overallMean(), 2, locale) : "–",
                enough ? t.get("deck.kf.satisfied", Formats.percent(survey.overallShareSatisfied(), locale)) + " · n = "
                        + Formats.number(survey.overallResponses(), locale)
                        + data.overallSatisfactionMeanChange().map(change -> " · " + previous(Formats.decimal(
                                data.previousSurvey().overallMean(), Formats.MEAN_DIGITS, locale), change.test()))
                                .orElse("")
                        : t.get("deck.tooFew", Formats.number(survey.overallResponses(), locale))));
        figures.add(f.ikm().map(r -> new Deck.Figure("IKM", Formats.decimal(r.ikm(), Formats.IKM_DIGITS, locale),
                t.get("deck.kf.grade", r.grade().name(), grade(r), Formats.number(r.respondents(), locale))
                        + previousIkm(data, r)))
                .orElse(new Deck.Figure("IKM", "–", t.get("deck.noIkm"))));
        figures.add(data.weakest().filter(a -> enough && survey.n(a) >= Narrative.MIN_RESPONSES)
                .map(a -> new Deck.Figure(t.get("deck.kf.weakest"), a.label(locale),
                        t.get("deck.kf.mean", Formats.decimal(survey.mean(a), 2, locale)) + " · n = "
                                + Formats.number(survey.n(a), locale)))
                .orElse(new Deck.Figure(t.get("deck.kf.weakest"), "–",
                        t.get("deck.tooFew", Formats.number(survey.overallResponses(), locale)))));
        var complaints = data.complaints();
        figures.add(new Deck.Figure(t.get("deck.kf.complaints"), Formats.number(complaints.received(), locale),
                t.get("deck.kf.openOverdue", Formats.number(complaints.open(), locale),
                Formats.number(complaints.overdue(), locale))));
        figures.add(new Deck.Figure(t.get("deck.kf.errors"), Formats.number(complaints.errorReports(), locale),
                previous(data, data.previousComplaints().errorReports(), complaints.errorReports())));
        var payment = f.claimSpeed();
        figures.add(new Deck.Figure(t.get("deck.kf.claimMedian"), median(payment.median(ClaimChannel.JMO).orElse(null))
                + " / " + median(payment.median(ClaimChannel.BRANCH).orElse(null)), t.get("deck.kf.claimMedian.detail")));
        figures.add(new Deck.Figure(t.get("deck.kf.within5"),
                payment.shareWithin(JhtClaim.LEGAL_PAYMENT_WORKING_DAYS).map(share -> Formats.percent(share,
                locale)).orElse("–"),
                t.get("deck.kf.paid", Formats.number(payment.paid(), locale)) + previousOnTime(data)));
        var notes = t.get("deck.kf.notes", Formats.number(survey.responses(), locale),
                enough ? Formats.percent(survey.overallShareSatisfied(), locale) : "–",
                Formats.number(complaints.received(), locale), Formats.number(complaints.errorReports(), locale));
        return new Deck.Slide(Deck.Kind.KEY_FIGURES, t.get("deck.kf.title"), f.scopeLabel(), figures, List.of(), null,
                null, null, null, notes);
    }

    /**
     * "periode sebelumnya: 700 · masih dalam batas kebetulan (p = 0,412)": the previous period's count with the verdict
     * the dashboard gives the same change ({@link id.bpjs.jmo.dashboard.DashboardData#countChangeOf}, the exact test of
     * two Poisson rates) and the same note.
     */
    private String previous(id.bpjs.jmo.dashboard.DashboardData data, long before, long now) {
        return previous(Formats.number(before, locale), data.countChangeOf(before, now).test());
    }

    /** "periode sebelumnya: 3,62 · masih dalam batas kebetulan (p = 0,270)": a previous value as shown, with a verdict. */
    private String previous(String before, id.bpjs.jmo.base.stats.Significance.Change test) {
        return t.get("deck.kf.previous", before) + " · " + Translations.verdictNote(locale, test);
    }

    /**
     * The previous period's IKM under the deck's weight convention, with the dashboard's verdict
     * ({@link id.bpjs.jmo.dashboard.DashboardData#ikmChange()}: the test of the mean row sum holds for either
     * convention); "" without an IKM in the previous period.
     */
    private String previousIkm(id.bpjs.jmo.dashboard.DashboardData data, IkmCalculator.Result now) {
        return data.ikmChange().flatMap(change -> IkmCalculator.fromTotals(data.previousSurvey(), now.convention())
                .map(before -> " · " + previous(Formats.decimal(before.ikm(), Formats.IKM_DIGITS, locale),
                        change.test()))).orElse("");
    }

    /**
     * The previous period's share of JHT paid within 5 working days with the dashboard's verdict
     * ({@link id.bpjs.jmo.dashboard.DashboardData#claimOnTimeChangePoints()}). Only when the findings look at both
     * channels: with a channel chosen, the slide's share covers both channels (JMO against the branch) while the
     * dashboard's verdict covers the chosen one, and the two must not be put side by side.
     */
    private String previousOnTime(id.bpjs.jmo.dashboard.DashboardData data) {
        if (data.filter().channel() != null) {
            return "";
        }
        return data.claimOnTimeChangePoints().flatMap(change -> data.previousPayment()
                .shareWithin(JhtClaim.LEGAL_PAYMENT_WORKING_DAYS).map(before -> " · " + previous(
                        Formats.percent(before, locale), change.test()))).orElse("");
    }

    private String grade(IkmCalculator.Result result) {
        return result.grade().label(locale);
    }

    private String median(@Nullable Integer days) {
        return days == null ? "–" : days.toString();
    }

    private Deck.Slide attribute(Findings f, RogersAttribute attribute) {
        var finding = f.of(attribute);
        var picture = finding.picture();
        var excerpts = finding.excerpts();
        var figures = new ArrayList<Deck.Figure>();
        boolean enough = picture.enoughResponses();
        figures.add(new Deck.Figure(t.get("deck.attr.mean"), enough ? Formats.decimal(picture.mean(), 2, locale) : "–",
                enough ? t.get("deck.kf.satisfied", Formats.percent(picture.shareSatisfied(), locale))
                        : t.get("deck.tooFew", Formats.number(picture.responses(), locale))));
        figures.add(new Deck.Figure(t.get("deck.attr.complaints"), Formats.number(picture.complaints(), locale),
                t.get("deck.attr.errors", Formats.number(picture.errorReports(), locale))));
        figures.add(new Deck.Figure(t.get("deck.attr.excerpts"), Formats.number(excerpts.total(), locale),
                t.get("deck.attr.tone", Formats.number(excerpts.negative(), locale),
                Formats.number(excerpts.positive(), locale))));
        // the most frequent tags are in the narrative; no separate line repeating them
        List<String> lines = List.of();
        var months = f.data().monthly();
        var format = DateTimeFormatter.ofPattern("MMM yy", locale);
        var values = months.stream().map(m -> m.plottedMean(attribute)).map(mean -> mean == null ? null
                : round2(mean)).toList();
        var chart = new Deck.ChartSpec(Deck.ChartSpec.Type.LINE, t.get("deck.attr.chart"),
                months.stream().map(m -> format.format(m.month())).toList(),
                List.of(new Deck.ChartSpec.Series(attribute.label(locale), attribute.colour(), values)), 1.0, 5.0,
                t.get("deck.attr.mean"), enough ? picture.responses() : 0);
        var narrative = finding.narrative(locale);
        var quote = excerpts.quotes().isEmpty() ? null : excerpts.quotes().getFirst();
        var notes = new StringBuilder(narrative);
        for (var q : excerpts.quotes()) {
            notes.append("\n\n“").append(q.text()).append("” — ").append(source(q));
        }
        return new Deck.Slide(Deck.Kind.ATTRIBUTE, attribute.label(locale), attribute.description(locale), figures,
                lines, chart, narrative, quote == null ? null : quote.text(), quote == null ? null : source(quote),
                notes.toString());
    }

    private String source(ExcerptSummary.Quote quote) {
        return quote.informantCode() + ", " + t.get("enum.SourceType." + quote.source().name()).toLowerCase(locale)
                + " (" + t.get("enum.Sentiment." + quote.sentiment().name()).toLowerCase(locale) + ")";
    }

    private Deck.Slide ikm(Findings f) {
        var result = f.ikm();
        if (result.isEmpty()) {
            return new Deck.Slide(Deck.Kind.IKM, t.get("deck.ikm.title"), f.scopeLabel(), List.of(),
                    List.of(t.get("deck.noIkm")), null, null, null, null, t.get("deck.noIkm"));
        }
        var r = result.get();
        var labels = IntStream.rangeClosed(1, IkmCalculator.ELEMENTS).mapToObj(i -> "U" + i).toList();
        var nrr = IntStream.range(0, IkmCalculator.ELEMENTS)
                .mapToObj(i -> (@Nullable Double) r.nrrRounded(i).doubleValue()).toList();
        int lowest = r.lowestElement();
        int highest = r.highestElement();
        var figures = List.of(new Deck.Figure("IKM", Formats.decimal(r.ikm(), Formats.IKM_DIGITS, locale),
                t.get("deck.ikm.conversion")),
                new Deck.Figure(t.get("deck.ikm.grade"), r.grade().name(), grade(r)),
                new Deck.Figure(t.get("deck.ikm.respondents"), Formats.number(r.respondents(), locale), ""));
        var lines = List.of(t.get("deck.ikm.lowest", "U" + (lowest + 1), t.get("ikm.u" + (lowest + 1)),
                        Formats.decimal(r.nrr(lowest), Formats.NRR_DIGITS, locale)),
                t.get("deck.ikm.highest", "U" + (highest + 1), t.get("ikm.u" + (highest + 1)),
                        Formats.decimal(r.nrr(highest), Formats.NRR_DIGITS, locale)),
                // the element names, not only U1–U9 under the bars: the audience does not know the regulation's numbers
                t.get("deck.ikm.elements", IntStream.rangeClosed(1, IkmCalculator.ELEMENTS)
                        .mapToObj(i -> "U" + i + " " + t.get("ikm.u" + i)).collect(java.util.stream.Collectors
                                .joining(" · "))));
        var chart = new Deck.ChartSpec(Deck.ChartSpec.Type.BAR, t.get("deck.ikm.chart"), labels,
                List.of(new Deck.ChartSpec.Series("NRR", DeckPalette.SERIES_BASE, nrr)), 1.0, 4.0, "NRR",
                r.respondents());
        var notes = t.get("deck.ikm.notes", Formats.decimal(r.ikm(), Formats.IKM_DIGITS, locale), r.grade().name(),
                grade(r),
                Formats.number(r.respondents(), locale)) + " " + String.join(" ", lines);
        return new Deck.Slide(Deck.Kind.IKM, t.get("deck.ikm.title"), f.scopeLabel(), figures, lines, chart, null,
                null, null, notes);
    }

    private Deck.Slide complaints(Findings f) {
        var data = f.data();
        var c = data.complaints();
        var figures = List.of(new Deck.Figure(t.get("deck.kf.complaints"), Formats.number(c.received(), locale),
                        previous(data, data.previousComplaints().received(), c.received())),
                new Deck.Figure(t.get("deck.cmp.open"), Formats.number(c.open(), locale),
                        t.get("deck.cmp.overdue", Formats.number(c.overdue(), locale))),
                new Deck.Figure(t.get("deck.kf.errors"), Formats.number(c.errorReports(), locale),
                        previous(data, data.previousComplaints().errorReports(), c.errorReports())));
        var labels = Arrays.stream(RogersAttribute.values()).map(a -> a.label(locale)).toList();
        var all = new ArrayList<@Nullable Double>();
        var errors = new ArrayList<@Nullable Double>();
        for (var attribute : RogersAttribute.values()) {
            var count = data.complaintAttributes().stream().filter(a -> a.attribute() == attribute).findFirst();
            all.add((double) count.map(a -> a.complaints()).orElse(0L));
            errors.add((double) count.map(a -> a.errorReports()).orElse(0L));
        }
        var chart = new Deck.ChartSpec(Deck.ChartSpec.Type.BAR, t.get("deck.cmp.chart"), labels,
                List.of(new Deck.ChartSpec.Series(t.get("deck.kf.complaints"), DeckPalette.SERIES_BASE, all),
                        new Deck.ChartSpec.Series(t.get("deck.kf.errors"), DeckPalette.SERIES_ERROR, errors)), 0.0,
                null, t.get("deck.cmp.axis"), c.received(), true);
        var notes = t.get("deck.cmp.notes", Formats.number(c.received(), locale), Formats.number(c.open(), locale),
                Formats.number(c.overdue(), locale), Formats.number(c.errorReports(), locale));
        return new Deck.Slide(Deck.Kind.COMPLAINTS, t.get("deck.cmp.title"), f.scopeLabel(), figures, List.of(), chart,
                null, null, null, notes);
    }

    private Deck.Slide claims(Findings f) {
        var payment = f.claimSpeed();
        var jmo = payment.median(ClaimChannel.JMO);
        var branch = payment.median(ClaimChannel.BRANCH);
        var figures = List.of(new Deck.Figure(t.get("deck.clm.medianJmo"), median(jmo.orElse(null)),
                        t.get("deck.clm.paid", Formats.number(payment.paid(ClaimChannel.JMO), locale))),
                new Deck.Figure(t.get("deck.clm.medianBranch"), median(branch.orElse(null)),
                        t.get("deck.clm.paid", Formats.number(payment.paid(ClaimChannel.BRANCH), locale))),
                new Deck.Figure(t.get("deck.kf.within5"), payment.shareWithin(JhtClaim.LEGAL_PAYMENT_WORKING_DAYS)
                        .map(share -> Formats.percent(share, locale)).orElse("–"), t.get("deck.kf.paid",
                        Formats.number(payment.paid(), locale))));
        int last = ClaimStatistics.MAX_DAYS_BUCKET;
        var labels = IntStream.rangeClosed(0, last).mapToObj(d -> d == last ? "≥" + d : Integer.toString(d)).toList();
        var series = new ArrayList<Deck.ChartSpec.Series>();
        for (var channel : ClaimChannel.values()) {
            long paid = payment.paid(channel);
            var shares = new ArrayList<@Nullable Double>();
            for (int bucket = 0; bucket <= last; bucket++) {
                shares.add(paid == 0 ? null : payment.percentIn(channel, bucket));
            }
            series.add(new Deck.ChartSpec.Series(t.get("enum.ClaimChannel." + channel.name()),
                    channel == ClaimChannel.JMO ? DeckPalette.SERIES_JMO : DeckPalette.SERIES_BASE, shares));
        }
        var chart = new Deck.ChartSpec(Deck.ChartSpec.Type.BAR, t.get("deck.clm.chart"), labels, series, 0.0, null,
                t.get("deck.clm.axis"), payment.paid());
        String notes;
        if (jmo.isPresent() && branch.isPresent()) {
            notes = t.get(jmo.get() < branch.get() ? "deck.clm.notes.faster" : jmo.get().equals(branch.get())
                    ? "deck.clm.notes.same" : "deck.clm.notes.slower", jmo.get(), branch.get());
        } else {
            notes = t.get("deck.clm.notes.none");
        }
        // JMO against the branch: both channels even when the findings look at one, and the slide says so
        var subtitle = f.data().filter().channel() == null ? f.scopeLabel()
                : f.scopeLabel() + " — " + t.get("deck.clm.bothChannels");
        return new Deck.Slide(Deck.Kind.CLAIMS, t.get("deck.clm.title"), subtitle, figures, List.of(), chart,
                null, null, null, notes);
    }

    private Deck.Slide recommendations(Findings f) {
        var lines = f.recommendations().stream().map(r -> r.rank() + ". " + f.recommendation(r, locale)).toList();
        if (lines.isEmpty()) {
            lines = List.of(f.data().survey().overallResponses() < Narrative.MIN_RESPONSES
                    ? t.get("deck.rec.none", Narrative.MIN_RESPONSES) : t.get("deck.rec.noCorrelation"));
        }
        return new Deck.Slide(Deck.Kind.RECOMMENDATIONS, t.get("deck.rec.title"), t.get("deck.rec.subtitle"),
                List.of(), lines, null, null, null, null, t.get("deck.rec.notes") + "\n\n" + String.join("\n", lines));
    }

    private static double round2(double value) {
        return Ratio.round(value, Formats.MEAN_DIGITS).doubleValue();
    }
}
