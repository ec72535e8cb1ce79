package id.bpjs.jmo.benchmark;

import id.bpjs.jmo.base.domain.TableReader;
import id.bpjs.jmo.Application;
import id.bpjs.jmo.demo.DemoData;
import id.bpjs.jmo.security.UserService;
import id.bpjs.jmo.survey.SurveyImport;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Random;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Times a survey import of N rows (default 100,000) from CSV: read, check every row, store in one transaction with
 * the touched days' aggregates rebuilt. Expects an empty database (see ./app benchmark). Prints one Markdown row.
 */
public final class SurveyImportBenchmark {

    private SurveyImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var label = args.length > 0 ? args[0] : "?";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        try (var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run("--jmo.demo.enabled=false")) {
            var demo = context.getBean(DemoData.class);
            if (demo.databaseIsEmpty()) {
                demo.load(1, 100, LocalDateTime.now(), message -> { });
            }
            var staff = context.getBean(UserService.class).loadUserByUsername("admin");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
            var csv = new StringBuilder("Waktu,Cabang,Kanal,JK,Usia,Pendidikan,Pekerjaan,JMO,RA,CO,CX,TR,OB,Puas,"
                    + "Rekomendasi,U1,U2,U3,U4,U5,U6,U7,U8,U9,Saran\n");
            var random = new Random(7);
            String[] branches = {"PWT", "SMG", "TGL", "CLP", "PKL", "MGL"};
            var start = LocalDateTime.now().minusDays(180).withNano(0);
            for (int i = 0; i < rows; i++) {
                var at = start.plusMinutes(i % (180 * 24 * 60));
                csv.append(at.toString().replace('T', ' ')).append(',').append(branches[i % 6]).append(',')
                        .append(i % 3 == 0 ? "Loket" : "Aplikasi JMO").append(',').append(i % 2 == 0 ? "L" : "P")
                        .append(',').append(20 + random.nextInt(40)).append(",SMA,Pegawai swasta,ya");
                for (int s = 0; s < 6; s++) {
                    csv.append(',').append(1 + random.nextInt(5));
                }
                csv.append(',').append(random.nextInt(11));
                for (int u = 0; u < 9; u++) {
                    csv.append(',').append(1 + random.nextInt(4));
                }
                csv.append(",\"Klaim cepat, aplikasi kadang eror\"\n");
            }
            var bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            var importer = context.getBean(SurveyImport.class);
            long t0 = System.nanoTime();
            var table = TableReader.read("benchmark.csv", bytes, SurveyImport.LIMITS);
            var mapping = new LinkedHashMap<String, String>();
            for (int i = 0; i < SurveyImport.FIELDS.size(); i++) {
                mapping.put(SurveyImport.FIELDS.get(i), table.columns().get(i));
            }
            long t1 = System.nanoTime();
            var parsed = importer.check(table, mapping, Locale.forLanguageTag("id"));
            if (!parsed.importable()) {
                throw new IllegalStateException("benchmark file has errors: " + parsed.errors().subList(0,
                        Math.min(3, parsed.errors().size())));
            }
            long t2 = System.nanoTime();
            int stored = importer.store(parsed, mapping, done -> { });
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "IMPORT | %s | %,d | %,d KB | %.1f | %.1f | %.1f | %.1f |%n", label, stored,
                    bytes.length / 1024, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9);
        }
    }
}
