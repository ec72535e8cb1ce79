package id.bpjs.jmo.demo;

import id.bpjs.jmo.Application;
import id.bpjs.jmo.base.time.ServiceTime;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Builds a demo data set of any size: {@code ./app generate 1000000 [--seed=N] [--replace]}.
 * Uses the configured database (H2 file by default, PostgreSQL with SPRING_PROFILES_ACTIVE=postgres).
 */
public final class GenerateDemoData {

    private GenerateDemoData() {
    }

    public static void main(String[] args) {
        int responses = 0;
        long seed = 20261127L;
        boolean replace = false;
        for (var arg : args) {
            if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring(7));
            } else if (arg.equals("--replace")) {
                replace = true;
            } else if (arg.matches("\\d+")) {
                responses = Integer.parseInt(arg);
            }
        }
        if (responses <= 0) {
            System.err.println("Usage: ./app generate <number of survey responses> [--seed=N] [--replace]");
            System.exit(2);
        }
        try (var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off",
                        // no web server here, so none of Vaadin's servlet set-up
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                // a command-line argument outranks application.properties: the start-up demo must not load here
                .run("--jmo.demo.enabled=false")) {
            var demo = context.getBean(DemoData.class);
            if (!demo.databaseIsEmpty()) {
                if (!replace) {
                    System.err.println("The database already holds data: add --replace to delete its survey,"
                            + " complaint, claim and note records first.");
                    System.exit(1);
                }
                demo.clearRecords();
            }
            long started = System.nanoTime();
            var result = demo.loadInBatches(seed, responses, context.getBean(ServiceTime.class).now(),
                    System.out::println);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Generated %s in %.1f s%n", result, seconds);
        }
    }
}
