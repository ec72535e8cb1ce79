package id.bpjs.jmo.base.web;

/**
 * The address-bar contract between pages, written once: the route names, the filter's parameter names and the
 * drill-down parameter names that one page (or an alert, or an e-mail) writes into a link and another page reads back.
 * Free of Vaadin, so services build their links with the same names ({@link Href}); the views' {@code @Route} and
 * {@code base.ui.Links} / {@code FilterParams} use these constants. A query string written by hand elsewhere fails
 * {@code LinkNamesTest}.
 */
public final class LinkNames {

    // routes
    public static final String DASHBOARD = "";
    public static final String FINDINGS = "temuan";
    public static final String PRESENTATION = "presentasi";
    public static final String COMPLAINTS = "pengaduan";
    public static final String COMPLAINT_FORM = "pengaduan/tiket";
    public static final String COMPLAINT_IMPORT = "pengaduan/impor";
    public static final String RESPONSES = "respons-survei";
    public static final String SURVEY_IMPORT = "respons-survei/impor";
    public static final String CLAIMS = "klaim-jht";
    public static final String IKM_REPORT = "laporan-ikm";
    public static final String CODING = "kode-kutipan";
    public static final String APP_VERSIONS = "versi-aplikasi";
    public static final String ALERTS = "peringatan";
    public static final String SUBSCRIPTIONS = "langganan";
    public static final String CHANGE_PASSWORD = "akun/kata-sandi";
    public static final String LOGIN = "login";
    public static final String USERS = "admin/pengguna";
    public static final String BRANCHES = "admin/cabang";
    public static final String HOLIDAYS = "admin/hari-libur";
    public static final String SETTINGS = "admin/pengaturan";
    public static final String ALERT_SETTINGS = "admin/peringatan";
    public static final String SETTINGS_TRACE = "admin/jejak-perubahan";
    public static final String KIOSKS = "admin/kiosk";
    public static final String ANSWER_WORDS = "admin/kata-jawaban";
    public static final String KEYWORD_RULES = "admin/aturan-kata-kunci";
    public static final String CATEGORY_DEFAULTS = "admin/kategori-pengaduan";

    /** The ticket part of {@link #COMPLAINT_FORM} that opens an empty form ({@code pengaduan/tiket/baru}). */
    public static final String NEW_TICKET = "baru";

    // the filter (base.ui.FilterParams reads and writes it)
    /** A period preset by its code ({@code PeriodPreset.code()}: 12b, s2, kustom…). */
    public static final String PERIOD = "periode";
    /** The year of a semester or year preset. */
    public static final String YEAR = "tahun";
    /** First day of a custom period (ISO date). */
    public static final String FROM = "dari";
    /** Last day of a custom period (ISO date). */
    public static final String TO = "sampai";
    /** A branch by its code (PWT). */
    public static final String BRANCH = "cabang";
    /** A service channel: {@link #CHANNEL_JMO} or {@link #CHANNEL_COUNTER}. */
    public static final String CHANNEL = "kanal";
    public static final String CHANNEL_JMO = "jmo";
    public static final String CHANNEL_COUNTER = "loket";

    // drill-down parameters, besides the filter
    /** A Rogers attribute by its enum name (RELATIVE_ADVANTAGE…). */
    public static final String ATTRIBUTE = "atribut";
    /** A complaint category by its enum name. */
    public static final String CATEGORY = "kategori";
    /** A complaint status by its enum name. */
    public static final String STATUS = "status";
    /** {@link #YES}: only complaints past their time limit. */
    public static final String OVERDUE = "terlambat";
    /** An open complaint's age band by its enum name ({@code ComplaintDeadlines.AgeBand}). */
    public static final String AGE_BAND = "umur";
    /** Free text: ticket number, KPJ, words of the description. */
    public static final String SEARCH = "cari";
    /** {@link #YES}: only complaints assigned to the current user. */
    public static final String MINE = "tugasku";
    /** A user id: only complaints assigned to that person (within the reader's branch scope). */
    public static final String ASSIGNEE = "petugas";
    /** A complaint queue by its enum name (ComplaintQueue). */
    public static final String QUEUE = "antrean";
    /** A JHT claim channel by its enum name. */
    public static final String CLAIM_CHANNEL = "kanal-klaim";
    /** Working days from complete documents to payment, or "N+" for the last bucket ({@code claim.DaysBucket}). */
    public static final String DAYS = "hari";
    /** IKM weight convention: "19" (exact 1/9) or "0111" (printed 0.111). */
    public static final String WEIGHT = "bobot";
    /** An app version as the error report named it ("3.2.0"). */
    public static final String APP_VERSION = "versi";
    /** A platform of the app by its enum name (ANDROID, IOS). */
    public static final String PLATFORM = "platform";
    /** {@link #YES}: only survey responses with a comment. */
    public static final String WITH_COMMENT = "komentar";

    /** The value of a yes/no drill-down parameter that is switched on ({@link #OVERDUE}, {@link #MINE}…). */
    public static final String YES = "1";

    private LinkNames() {
    }
}
