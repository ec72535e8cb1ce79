package id.bpjs.jmo.survey;

import java.util.List;
import java.util.Map;

/**
 * The respondent-profile dimensions by which the IKM report breaks the index down (Permen PANRB 14/2017 asks the
 * SKM to describe its respondents by gender, age, education and occupation), and the SQL expression that puts a
 * {@code survey_response} row into its group. Owned by the survey, whose daily profile aggregates
 * ({@code survey_profile_daily}, V23) are kept by these expressions; the IKM report reads the aggregates by the same
 * names.
 */
public final class ProfileDimensions {

    /** Dimension name → SQL expression over {@code survey_response} giving the group key (age in bands of years). */
    public static final Map<String, String> EXPRESSIONS = Map.of(
            "gender", "gender",
            "age", "case when age < 25 then '< 25' when age < 35 then '25–34' when age < 45 then '35–44'"
                    + " when age < 55 then '45–54' else '55+' end",
            "education", "education",
            "occupation", "occupation");

    /** The order in which the report shows the dimensions. */
    public static final List<String> ORDER = List.of("gender", "age", "education", "occupation");

    private ProfileDimensions() {
    }
}
