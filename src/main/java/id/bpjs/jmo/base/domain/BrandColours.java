package id.bpjs.jmo.base.domain;

import java.awt.Color;

/**
 * BPJS Ketenagakerjaan's green, the one colour every printed or drawn piece shares: the findings deck (slides, PDF and
 * chart images), the IKM report's PDF, the survey poster and the JMO series of the dashboard's charts. The screens take
 * it from the theme ({@code --lumo-primary-color} in {@code META-INF/resources/styles.css}, and the public survey page
 * from {@code survey-assets/survey.css}).
 */
public final class BrandColours {

    /** The green as a CSS/Chart.js hex string. */
    public static final String GREEN_HEX = "#0a7d3e";
    /** The green for Java2D, OpenPDF and Apache POI. */
    public static final Color GREEN = new Color(0x0a, 0x7d, 0x3e);

    private BrandColours() {
    }
}
