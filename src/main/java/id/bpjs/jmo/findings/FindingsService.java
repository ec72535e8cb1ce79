package id.bpjs.jmo.findings;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.stats.Significance;
import id.bpjs.jmo.claim.ClaimChannel;
import id.bpjs.jmo.claim.ClaimStatistics;
import id.bpjs.jmo.settings.AppSettings;
import id.bpjs.jmo.dashboard.DashboardService;
import id.bpjs.jmo.base.domain.WeightConvention;
import id.bpjs.jmo.coding.CodedExcerpts;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.EnumMap;
import org.springframework.stereotype.Service;

/**
 * Puts the findings together from the dashboard's figures and the coded excerpts. The branch scope of the dashboard
 * applies (staff see their own branch).
 */
@Service
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class FindingsService {

    private final DashboardService dashboard;
    private final CodedExcerpts codedExcerpts;
    private final ClaimStatistics claims;
    private final AppSettings settings;

    FindingsService(DashboardService dashboard, CodedExcerpts codedExcerpts, ClaimStatistics claims, AppSettings settings) {
        this.dashboard = dashboard;
        this.codedExcerpts = codedExcerpts;
        this.claims = claims;
        this.settings = settings;
    }

    public Findings load(RecordFilter filter, LocalDate today, String scopeLabel) {
        var data = dashboard.load(filter, today);
        var excerpts = codedExcerpts.summary(data.filter());
        // JMO against the branch needs both channels, whatever channel the rest of the findings look at
        var claimSpeed = data.filter().channel() == null ? data.payment()
                : claims.paymentSpeed(data.filter().withChannel(null));
        var survey = data.survey();
        var previous = data.previousSurvey();
        var attributes = new EnumMap<RogersAttribute, Findings.AttributeFinding>(RogersAttribute.class);
        for (var attribute : RogersAttribute.values()) {
            var complaints = data.complaintAttributes().stream().filter(c -> c.attribute() == attribute).findFirst();
            var rating = data.ratings().stream().filter(r -> r.attribute() == attribute).findFirst();
            var coded = excerpts.of(attribute);
            boolean speed = attribute == RogersAttribute.RELATIVE_ADVANTAGE;
            // each attribute over the responses that answered it (plain SKM data has no Rogers part)
            var picture = new AttributePicture(attribute, survey.n(attribute), survey.mean(attribute),
                    survey.shareSatisfied(attribute), previous.n(attribute), previous.mean(attribute),
                    complaints.map(c -> c.complaints()).orElse(0L), complaints.map(c -> c.errorReports()).orElse(0L),
                    coded.total(), coded.negative(), coded.positive(),
                    coded.topTags().stream().filter(t -> t.count() >= Narrative.MIN_TAG_COUNT).map(t -> t.tag())
                            .toList(),
                    rating.map(r -> r.ratings()).orElse(0L), rating.map(r -> r.mean()).orElse(0.0),
                    speed ? claimSpeed.median(ClaimChannel.JMO).orElse(null) : null,
                    speed ? claimSpeed.median(ClaimChannel.BRANCH).orElse(null) : null,
                    Significance.means(previous.moments(attribute), survey.moments(attribute)),
                    data.monthly().stream().map(m -> new AttributePicture.Month(m.month(),
                            m.totals().moments(attribute))).toList());
            attributes.put(attribute, new Findings.AttributeFinding(picture, coded));
        }
        // the IKM as the official report computes it: the weight convention the admin chose
        var weight = settings.get(AppSettings.IKM_WEIGHT).map(WeightConvention::valueOf)
                .orElse(WeightConvention.EXACT_NINTH);
        return new Findings(scopeLabel, data, claimSpeed, excerpts, attributes, Recommendation.rank(survey),
                id.bpjs.jmo.ikm.IkmCalculator.fromTotals(survey, weight));
    }
}
