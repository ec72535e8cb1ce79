package id.bpjs.jmo.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.PeriodPreset;
import id.bpjs.jmo.base.domain.ServiceChannel;
import id.bpjs.jmo.testing.SourceLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One place for the URL contract (issue 14): route and parameter names live in {@link LinkNames}, links are built by
 * {@link Href}. A query string written by hand ({@code "pengaduan?periode=…"}, {@code "&cabang="}) anywhere else in
 * the sources fails this scan.
 */
class LinkNamesTest {

    /** A Java string literal on one line. */
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** A query parameter written by hand: {@code ?name=} or {@code &name=} inside a literal. */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("[?&][A-Za-z_][\\w-]*=");
    /** The one place the names are written. */
    private static final Path ALLOWED = Path.of("src/main/java/id/bpjs/jmo/base/web/LinkNames.java");

    static List<String> handWrittenQueryStrings(Path root) throws IOException {
        return SourceLines.matching(root, ALLOWED, line -> LITERAL.matcher(line).results()
                .anyMatch(literal -> QUERY_PARAMETER.matcher(literal.group()).find()))
                .stream().map(SourceLines.Line::toString).toList();
    }

    @Test
    void no_query_string_is_written_by_hand_outside_link_names() throws IOException {
        assertThat(handWrittenQueryStrings(Path.of("src/main/java")))
                .as("query strings written by hand; build links with base.web.Href and the names of LinkNames")
                .isEmpty();
    }

    @Test
    void the_scan_finds_a_query_string_when_one_is_written(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Example.java"), """
                class Example {
                    // a comment may say "pengaduan?periode=kustom"
                    String a(String code) {
                        return "laporan-ikm?periode=s2&tahun=2026&cabang=" + code;
                    }
                    String b(String link) {
                        return link + "&terlambat=1";
                    }
                    String c() {
                        return "select * from t where a = ? and b=?";
                    }
                }
                """);
        assertThat(handWrittenQueryStrings(dir)).hasSize(2);
    }

    @Test
    void a_link_is_the_route_and_its_parameters_in_order() {
        var link = Href.to(LinkNames.COMPLAINTS)
                .withRange(new DateRange(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)), "PWT")
                .with(LinkNames.CATEGORY, "APP_ERROR").with(LinkNames.OVERDUE, LinkNames.YES);
        assertThat(link).hasToString("pengaduan?periode=kustom&dari=2026-11-16&sampai=2026-11-22&cabang=PWT"
                + "&kategori=APP_ERROR&terlambat=1");
        assertThat(Href.to(LinkNames.ALERTS)).hasToString("peringatan");
        assertThat(Href.to(LinkNames.IKM_REPORT).withAll(Href.filter(PeriodPreset.SEMESTER_2, 2026,
                new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), "PWT", ServiceChannel.COUNTER)))
                .hasToString("laporan-ikm?periode=s2&tahun=2026&cabang=PWT&kanal=loket");
    }

    @Test
    void names_and_values_are_encoded_as_vaadin_writes_them() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put(LinkNames.APP_VERSION, "3.2.0 beta+1 (RC)");
        parameters.put(LinkNames.SEARCH, "saldo & klaim=JHT? ~'100%'! é");
        parameters.put(LinkNames.WITH_COMMENT, "");
        var link = Href.to(LinkNames.COMPLAINTS).withAll(parameters);
        // each name=value as Vaadin's QueryParameters writes it (which keeps no order; Href keeps the one given)
        assertThat(link.queryString().split("&"))
                .containsExactlyInAnyOrder(QueryParameters.simple(parameters).getQueryString().split("&"));
        assertThat(link).hasToString("pengaduan?versi=3.2.0%20beta%2B1%20(RC)"
                + "&cari=saldo%20%26%20klaim%3DJHT%3F%20~'100%25'!%20%C3%A9&komentar");
        // and they read back as written
        var back = QueryParameters.fromString(link.queryString()).getParameters();
        assertThat(back.get(LinkNames.SEARCH)).containsExactly("saldo & klaim=JHT? ~'100%'! é");
        assertThat(back.get(LinkNames.APP_VERSION)).containsExactly("3.2.0 beta+1 (RC)");
    }

    @Test
    void a_channel_is_written_and_read_by_its_address_code() {
        for (var channel : ServiceChannel.values()) {
            assertThat(Href.channelOf(Href.channelCode(channel))).isEqualTo(channel);
        }
        assertThat(Href.channelOf("kios")).isNull();
        assertThat(Href.channelOf(null)).isNull();
    }
}
