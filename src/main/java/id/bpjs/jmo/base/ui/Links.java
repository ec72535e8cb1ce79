package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The address-bar contract between pages, written once: the route names and the drill-down parameter names that
 * one page writes into a link and another reads back (the filter's own names are in {@link FilterParams}). A link is
 * built with {@link #to(String, FilterParams)} so it always carries the period, branch and channel.
 */
public final class Links {

    // routes that other pages link to
    public static final String DASHBOARD = "";
    public static final String FINDINGS = "temuan";
    public static final String COMPLAINTS = "pengaduan";
    public static final String COMPLAINT_FORM = "pengaduan/tiket";
    public static final String RESPONSES = "respons-survei";
    public static final String CLAIMS = "klaim-jht";
    public static final String IKM_REPORT = "laporan-ikm";
    public static final String CODING = "kode-kutipan";
    public static final String APP_VERSIONS = "versi-aplikasi";
    public static final String USERS = "admin/pengguna";
    public static final String BRANCHES = "admin/cabang";
    public static final String HOLIDAYS = "admin/hari-libur";

    // drill-down parameters, besides the filter
    /** A Rogers attribute by its enum name (RELATIVE_ADVANTAGE…). */
    public static final String ATTRIBUTE = "atribut";
    /** A complaint category by its enum name. */
    public static final String CATEGORY = "kategori";
    /** A complaint status by its enum name. */
    public static final String STATUS = "status";
    /** "1": only complaints past their time limit. */
    public static final String OVERDUE = "terlambat";
    /** Free text: ticket number, KPJ, words of the description. */
    public static final String SEARCH = "cari";
    /** "1": only complaints assigned to the current user. */
    public static final String MINE = "tugasku";
    /** A complaint queue by its enum name (ComplaintQueue). */
    public static final String QUEUE = "antrean";
    /** A JHT claim channel by its enum name. */
    public static final String CLAIM_CHANNEL = "kanal-klaim";
    /** Working days from complete documents to payment, or "N+" for the last bucket. */
    public static final String DAYS = "hari";
    /** IKM weight convention: "19" (exact 1/9) or "0111" (printed 0.111). */
    public static final String WEIGHT = "bobot";
    /** An app version as the error report named it ("3.2.0"). */
    public static final String APP_VERSION = "versi";
    /** A platform of the app by its enum name (ANDROID, IOS). */
    public static final String PLATFORM = "platform";
    /** "1": only survey responses with a comment. */
    public static final String WITH_COMMENT = "komentar";

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

        /** "temuan?periode=s2&tahun=2026&cabang=PWT", for anchors. */
        public String href() {
            var query = query().getQueryString();
            return query.isEmpty() ? route : route + "?" + query;
        }

        public void navigate() {
            UI.getCurrent().navigate(route, query());
        }
    }
}
