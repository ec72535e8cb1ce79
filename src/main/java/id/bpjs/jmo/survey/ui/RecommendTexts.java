package id.bpjs.jmo.survey.ui;

import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.survey.RecommendScore;
import java.util.Locale;
import java.util.function.BiFunction;

/** How the recommend score reads on the dashboard and in the findings: "+14,3" and its three groups with n. */
public final class RecommendTexts {

    private RecommendTexts() {
    }

    /** The net score with its sign and one decimal in the page's language, e.g. "+14,3" or "−5,0" ("+14.3"). */
    public static String signed(double netScore, Locale locale) {
        var text = Formats.decimal(Math.abs(netScore), RecommendScore.DIGITS, locale);
        return netScore > 0 ? "+" + text : netScore < 0 ? "−" + text : text;
    }

    /**
     * "Promotor 42,9% · pasif 28,6% · detraktor 28,6% · n = 7" in the page language ({@code translate} in the language
     * of {@code locale}, which writes the numbers).
     */
    public static String detail(RecommendScore score, BiFunction<String, Object[], String> translate, Locale locale) {
        return translate.apply("kf.recommend.detail", new Object[] {
                Formats.percent(score.promoterShare().orElse(0.0), locale),
                Formats.percent(score.passiveShare().orElse(0.0), locale),
                Formats.percent(score.detractorShare().orElse(0.0), locale),
                Formats.number(score.respondents(), locale)});
    }
}
