package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.bpjs.jmo.base.web.Href;
import id.bpjs.jmo.base.web.LinkNames;
import java.util.LinkedHashMap;

/**
 * The Vaadin side of the address-bar contract: the route and drill-down parameter names of {@link LinkNames} (the one
 * place they are written; these are the same constants, so {@code @Route(Links.X)} still compiles), and links that
 * navigate. A link is built with {@link #to(String, FilterParams)} so it always carries the period, branch and
 * channel; its {@link Link#href()} is the {@link Href} a service would write for the same parameters.
 */
public final class Links {

    // routes
    public static final String DASHBOARD = LinkNames.DASHBOARD;
    public static final String FINDINGS = LinkNames.FINDINGS;
    public static final String PRESENTATION = LinkNames.PRESENTATION;
    public static final String COMPLAINTS = LinkNames.COMPLAINTS;
    public static final String COMPLAINT_FORM = LinkNames.COMPLAINT_FORM;
    public static final String COMPLAINT_IMPORT = LinkNames.COMPLAINT_IMPORT;
    public static final String RESPONSES = LinkNames.RESPONSES;
    public static final String SURVEY_IMPORT = LinkNames.SURVEY_IMPORT;
    public static final String CLAIMS = LinkNames.CLAIMS;
    public static final String IKM_REPORT = LinkNames.IKM_REPORT;
    public static final String CODING = LinkNames.CODING;
    public static final String APP_VERSIONS = LinkNames.APP_VERSIONS;
    public static final String ALERTS = LinkNames.ALERTS;
    public static final String SUBSCRIPTIONS = LinkNames.SUBSCRIPTIONS;
    public static final String CHANGE_PASSWORD = LinkNames.CHANGE_PASSWORD;
    public static final String LOGIN = LinkNames.LOGIN;
    public static final String USERS = LinkNames.USERS;
    public static final String BRANCHES = LinkNames.BRANCHES;
    public static final String HOLIDAYS = LinkNames.HOLIDAYS;
    public static final String SETTINGS = LinkNames.SETTINGS;
    public static final String ALERT_SETTINGS = LinkNames.ALERT_SETTINGS;
    public static final String SETTINGS_TRACE = LinkNames.SETTINGS_TRACE;
    public static final String KIOSKS = LinkNames.KIOSKS;
    public static final String ANSWER_WORDS = LinkNames.ANSWER_WORDS;
    public static final String KEYWORD_RULES = LinkNames.KEYWORD_RULES;
    public static final String CATEGORY_DEFAULTS = LinkNames.CATEGORY_DEFAULTS;
    /** The ticket part of {@link #COMPLAINT_FORM} that opens an empty form. */
    public static final String NEW_TICKET = LinkNames.NEW_TICKET;

    // drill-down parameters, besides the filter (documented in LinkNames)
    public static final String ATTRIBUTE = LinkNames.ATTRIBUTE;
    public static final String CATEGORY = LinkNames.CATEGORY;
    public static final String STATUS = LinkNames.STATUS;
    public static final String OVERDUE = LinkNames.OVERDUE;
    public static final String AGE_BAND = LinkNames.AGE_BAND;
    public static final String SEARCH = LinkNames.SEARCH;
    public static final String MINE = LinkNames.MINE;
    public static final String ASSIGNEE = LinkNames.ASSIGNEE;
    public static final String QUEUE = LinkNames.QUEUE;
    public static final String CLAIM_CHANNEL = LinkNames.CLAIM_CHANNEL;
    public static final String DAYS = LinkNames.DAYS;
    public static final String WEIGHT = LinkNames.WEIGHT;
    public static final String APP_VERSION = LinkNames.APP_VERSION;
    public static final String PLATFORM = LinkNames.PLATFORM;
    public static final String WITH_COMMENT = LinkNames.WITH_COMMENT;
    /** The value of a yes/no drill-down parameter that is switched on. */
    public static final String YES = LinkNames.YES;

    private Links() {
    }

    /** A link to a route with the given filter; add drill-down parameters with {@link Link#with}. */
    public static Link to(String route, FilterParams filter) {
        return new Link(route, new LinkedHashMap<>(filter.toMap()));
    }

    /** A route and its query parameters, in a stable order. */
    public record Link(String route, LinkedHashMap<String, String> parameters) {

        public Link with(String key, String value) {
            var copy = new LinkedHashMap<>(parameters);
            copy.put(key, value);
            return new Link(route, copy);
        }

        public QueryParameters query() {
            return QueryParameters.simple(parameters);
        }

        /** The link for anchors: route, "?" and the encoded parameters, as {@link Href} writes them. */
        public String href() {
            return Href.to(route).withAll(parameters).toString();
        }

        public void navigate() {
            UI.getCurrent().navigate(route, query());
        }
    }
}
