package id.bpjs.jmo.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.bpjs.jmo.benchmark.UidlClient.Failure;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Load test at protocol level (issue 15, docs/PERFORMANCE.md "Load test at protocol level"): many people at once
 * against a running app, each a virtual thread speaking Vaadin's UIDL protocol over HTTP through {@link UidlClient}
 * (one cookie jar each), so a simulated person costs the load generator little CPU and the server is what is
 * measured. Mix as in {@code perf/load-test.mjs}: 80 % managers (log in, dashboard, then every think time change the
 * channel or the period; every fifth action a full reload of {@code /?periode=12b}), 12 % staff (log in, then again
 * and again: open the complaint form, fill KPJ, category and description field by field, save), 8 % participants
 * (a fresh phone each time: open the public survey {@code /survei/<BRANCH>}, post it with its token and CSRF field,
 * follow the redirect to the thank-you page).
 * <p>
 * Each action is timed from its first request sent to its last response read in full. Kinds: "login page"
 * (bootstrap page, init, login view), "log in + dashboard" (form post, redirect, dashboard page), "open dashboard"
 * (full reload), "filter change" (the select's value message: the server recomputes and returns new figures and
 * charts), "complaint form", "complaint field" (one field's message), "save complaint" (the button's click message:
 * stored, then the ticket page), "survey form", "survey submit" (post answered with the thank-you page), "other UIDL" (the
 * first sync after a page is drawn, opening a select: sent as the browser does, nobody waits for them).
 * <p>
 * Checks (each failure is one error, and that person starts again with a new session): HTTP status other than
 * expected, UIDL {@code appError}/{@code sessionExpired}/{@code redirect}, timeouts (TIMEOUT), a dashboard without
 * its figures and charts, a filter change whose response carries no new chart configuration, a save that does not
 * navigate to the new ticket, a survey post not answered with the thank-you page.
 * <p>
 * Environment: BASE (http://127.0.0.1:8114), SESSIONS (50), DURATION s (120, after the ramp), RAMP s (30), THINK ms
 * (3000; each pause uniform in 0.5–1.5 × THINK), TIMEOUT s (30), BRANCH (PWT), SERVER_PID (the app's process, for its
 * CPU share; found by the port in BASE when unset). Prints a Markdown table of p50/p95/p99 per kind and overall, the
 * errors by message, and the CPU used over the run by the server, by this driver and by the whole machine, with the
 * load average. The server must allow many survey posts from one address ({@code --jmo.survey.limit.per-address}).
 */
public final class UidlLoadTest {

    private static final String DESCRIPTION = "Uji beban: aplikasi error saat login OTP";

    private final URI base;
    private final int sessions;
    private final long durationMs;
    private final long rampMs;
    private final long thinkMs;
    private final Duration timeout;
    private final String branch;
    private final LoadStats stats = new LoadStats();
    private final LongAdder chartsRedrawn = new LongAdder();
    private final LongAdder filterChanges = new LongAdder();
    private final LongAdder complaintsSaved = new LongAdder();
    private final LongAdder surveysStored = new LongAdder();
    private final ExecutorService http = Executors.newVirtualThreadPerTaskExecutor();
    private long until;

    UidlLoadTest(Map<String, String> env) {
        base = URI.create(env.getOrDefault("BASE", "http://127.0.0.1:8114").replaceAll("/?$", "/"));
        sessions = Integer.parseInt(env.getOrDefault("SESSIONS", "50"));
        durationMs = Long.parseLong(env.getOrDefault("DURATION", "120")) * 1000;
        rampMs = Long.parseLong(env.getOrDefault("RAMP", "30")) * 1000;
        thinkMs = Long.parseLong(env.getOrDefault("THINK", "3000"));
        timeout = Duration.ofSeconds(Long.parseLong(env.getOrDefault("TIMEOUT", "30")));
        branch = env.getOrDefault("BRANCH", "PWT");
    }

    public static void main(String[] args) throws Exception {
        var test = new UidlLoadTest(System.getenv());
        var server = serverProcess(System.getenv().get("SERVER_PID"), test.base.getPort());
        test.run(server, System.getenv().getOrDefault("DB_NAME", ""));
    }

    private void run(Optional<ProcessHandle> server, String database) throws InterruptedException {
        var cpu = new CpuMeter(server, database);
        var loads = new ArrayList<Double>();
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                loadAverage().ifPresent(loads::add);
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long started = System.currentTimeMillis();
        until = started + rampMs + durationMs;
        try (var people = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < sessions; n++) {
                double share = (double) n / sessions;
                long delay = rampMs * n / Math.max(1, sessions);
                Runnable person = share < 0.8 ? this::manager : share < 0.92 ? this::staff : this::participant;
                people.submit(() -> {
                    sleep(delay);
                    person.run();
                });
            }
        }
        sampler.interrupt();
        var used = cpu.stop();
        http.shutdown();
        double seconds = (System.currentTimeMillis() - started) / 1000.0;
        System.out.printf(Locale.ROOT, "LOAD-UIDL | %s | sessions %d (%d managers, %d staff, %d participants) | "
                + "ramp %d s + %d s, think %d ms | %.0f s |%n", base, sessions, count(0, 0.8), count(0.8, 0.92),
                count(0.92, 1.01), rampMs / 1000, durationMs / 1000, thinkMs, seconds);
        stats.report().forEach(System.out::println);
        System.out.printf(Locale.ROOT, "CHECKS | filter changes %d, chart configurations re-sent per change %.1f | "
                + "complaints saved %d | survey responses stored %d |%n", filterChanges.sum(),
                filterChanges.sum() == 0 ? 0.0 : (double) chartsRedrawn.sum() / filterChanges.sum(),
                complaintsSaved.sum(), surveysStored.sum());
        System.out.printf(Locale.ROOT, "CPU | app server %s | PostgreSQL %s | load driver %.2f cores | whole machine "
                + "%.2f of %d cores busy | load average (1 min) mean %.1f, max %.1f |%n",
                used.server() < 0 ? "not measured (set SERVER_PID)" : String.format(Locale.ROOT, "%.2f cores",
                        used.server() / seconds),
                database.isEmpty() ? "not measured (set DB_NAME)" : String.format(Locale.ROOT,
                        "%.2f cores (backends of %s)", used.database() / seconds, database),
                used.driver() / seconds, used.machineBusyCores(),
                Runtime.getRuntime().availableProcessors(),
                loads.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                loads.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
    }

    private long count(double from, double to) {
        long c = 0;
        for (int n = 0; n < sessions; n++) {
            double share = (double) n / sessions;
            if (share >= from && share < to) {
                c++;
            }
        }
        return c;
    }

    // --- the three kinds of people ----------------------------------------------------------------------------

    private void manager() {
        while (running()) {
            try (var client = client()) {
                logIn(client, "manajer", "manajer123");
                int i = 0;
                while (running()) {
                    think();
                    if (i % 5 == 4) {
                        timed("open dashboard", client, () -> {
                            client.open("", "periode=12b");
                            checkDashboard(client);
                        });
                        timed("other UIDL", client, client::firstSync);
                    } else {
                        changeFilter(client, i % 2 == 0 ? "filter-channel" : "filter-period");
                    }
                    i++;
                }
                client.leave();
            } catch (Failure alreadyCounted) {
                think();
            }
        }
    }

    private void staff() {
        while (running()) {
            try (var client = client()) {
                logIn(client, "petugas", "petugas123");
                while (running()) {
                    think();
                    saveComplaint(client);
                }
                client.leave();
            } catch (Failure alreadyCounted) {
                think();
            }
        }
    }

    private void participant() {
        while (running()) {
            think();
            try (var client = client()) { // a new phone: no cookies
                submitSurvey(client);
            } catch (Failure alreadyCounted) {
                // a new phone next time
            }
        }
    }

    // --- the steps ----------------------------------------------------------------------------------------------

    void logIn(UidlClient client, String user, String password) {
        timed("login page", client, client::openLoginPage);
        timed("other UIDL", client, client::firstSync);
        think();
        timed("log in + dashboard", client, () -> {
            var target = client.logIn(user, password);
            client.open(target.replaceFirst("^/", ""), "");
            checkDashboard(client);
        });
        timed("other UIDL", client, client::firstSync);
    }

    /** The dashboard is drawn: its first key figure has a value and every chart has its configuration. */
    private static void checkDashboard(UidlClient client) {
        var figure = client.byId("kf-responses");
        if (client.text(figure).isBlank()) {
            throw new Failure("dashboard without key figures");
        }
        client.byId("filter-period");
        long charts = client.nodesWithTag("jmo-chart").stream().filter(n -> n.string(UidlClient.PROPERTIES,
                "config") != null).count();
        if (charts == 0) {
            throw new Failure("dashboard without chart configurations");
        }
    }

    /**
     * Opens the select (one message) and chooses another item (one message, timed): the filter bar navigates to the
     * new address and the dashboard recomputes, so the response must carry new chart configurations.
     */
    void changeFilter(UidlClient client, String selectId) {
        int select = client.byId(selectId);
        var items = client.descendants(select, "vaadin-select-item");
        // the period's last item is the custom range, which needs two dates first
        var choices = new ArrayList<>(selectId.equals("filter-period") && items.size() > 1
                ? items.subList(0, items.size() - 1) : items);
        var current = client.node(select).string(UidlClient.PROPERTIES, "value");
        choices.removeIf(item -> {
            var value = item.string(UidlClient.PROPERTIES, "value");
            return value == null || value.equals(current);
        });
        if (choices.isEmpty()) {
            throw failure("filter change", "no other item in #" + selectId);
        }
        var key = choices.get(ThreadLocalRandom.current().nextInt(choices.size())).string(UidlClient.PROPERTIES,
                "value");
        var none = new ObjectMapper().createObjectNode();
        timed("other UIDL", client, () -> client.rpc(List.of(UidlClient.sync(select, "opened", true),
                UidlClient.event(select, "opened-changed", none))));
        timed("filter change", client, () -> {
            var response = client.rpc(List.of(UidlClient.sync(select, "opened", false),
                    UidlClient.event(select, "opened-changed", none), UidlClient.sync(select, "value", key),
                    UidlClient.event(select, "value-changed", none)));
            long configs = UidlClient.puts(response, "config");
            if (configs == 0 || client.navigatedTo().isEmpty()) {
                throw new Failure("filter change without new chart configurations or new address");
            }
            chartsRedrawn.add(configs);
            filterChanges.increment();
        });
    }

    /**
     * A new complaint as staff record it at the counter: the form opened by a full page load, KPJ typed (its change
     * event goes with the category's first data request, as in the browser), the category box's data confirmed, the
     * first category chosen (the attribute is suggested by the server), the description typed (lazy value mode), then
     * Save clicked: the server stores it and navigates to the new ticket.
     */
    void saveComplaint(UidlClient client) {
        var none = new ObjectMapper().createObjectNode();
        timed("complaint form", client, () -> client.open("pengaduan/tiket", ""));
        timed("other UIDL", client, client::firstSync);
        think();
        int kpj = client.byId("complaint-kpj");
        int category = client.byId("complaint-category");
        int description = client.byId("complaint-description");
        int save = client.byId("complaint-save");
        var number = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        timed("complaint field", client, () -> client.rpc(List.of(UidlClient.sync(kpj, "value", number),
                UidlClient.event(kpj, "change", none), client.call(category, "setViewportRange", 0, 50, ""),
                UidlClient.sync(category, "opened", true), UidlClient.event(category, "opened-changed", none))));
        var items = client.comboItems(category);
        var confirm = client.confirmId(category);
        if (items.isEmpty() || confirm.isEmpty()) {
            throw failure("complaint field", "the category box received no items");
        }
        timed("other UIDL", client, () -> client.rpc(List.of(client.call(category, "confirmUpdate",
                confirm.get()))));
        var key = items.getFirst().get("key").asText();
        timed("complaint field", client, () -> client.rpc(List.of(UidlClient.sync(category, "value", key),
                UidlClient.event(category, "value-changed", none), UidlClient.sync(category, "opened", false),
                UidlClient.event(category, "opened-changed", none))));
        var lazy = new ObjectMapper().createObjectNode().put("1", 1).put("for", "trailing");
        timed("complaint field", client, () -> client.rpc(List.of(UidlClient.sync(description, "value",
                DESCRIPTION), UidlClient.event(description, "input", lazy))));
        timed("save complaint", client, () -> {
            client.rpc(List.of(UidlClient.click(save)));
            var to = client.navigatedTo().orElse("");
            if (!to.matches("pengaduan/tiket/[A-Z]+-\\d{4}-\\d+")) {
                throw new Failure("save did not lead to a new ticket; the page said " + client.textProperties());
            }
        });
        complaintsSaved.increment();
    }

    /**
     * A participant on a phone: the public survey page of BRANCH, then its form posted (answers as
     * {@link #surveyAnswers}), which must be answered with the thank-you page.
     */
    void submitSurvey(UidlClient client) {
        var form = new LinkedHashMap<String, String>();
        timed("survey form", client, () -> form.putAll(surveyAnswers(
                UidlClient.expect(client.get("survei/" + branch), 200).body())));
        think();
        timed("survey submit", client, () -> {
            // the post is answered with the thank-you page itself (one round trip on a phone network)
            var posted = client.postForm("survei/" + branch, form);
            var at = posted.headers().firstValue("Content-Location").orElse("");
            if (posted.statusCode() != 200 || !at.contains("/terima-kasih")
                    || !posted.body().contains("id=\"survey-thanks\"")) {
                throw new Failure("survey post answered HTTP " + posted.statusCode() + " " + at);
            }
        });
        surveysStored.increment();
    }

    /**
     * The survey's answers from its page: the hidden fields (form token, Spring's CSRF field) as they are, consent,
     * a random choice in every group of options (the IKM block whole, so it is valid), an age of 18–60; the optional
     * follow-up consent, contact and comment left empty.
     */
    static Map<String, String> surveyAnswers(String html) {
        var form = Jsoup.parse(html).selectFirst("form#survey-form");
        if (form == null) {
            throw new Failure("survey page without its form");
        }
        var answers = new LinkedHashMap<String, String>();
        var options = new LinkedHashMap<String, List<String>>();
        var random = ThreadLocalRandom.current();
        for (var input : form.select("input[name]")) {
            var name = input.attr("name");
            switch (input.attr("type")) {
                case "hidden" -> answers.put(name, input.attr("value"));
                case "radio" -> options.computeIfAbsent(name, n -> new ArrayList<>()).add(input.attr("value"));
                case "checkbox" -> {
                    if (name.equals("consent")) {
                        answers.put(name, input.attr("value"));
                    }
                }
                default -> {
                    if (name.equals("age")) {
                        answers.put(name, String.valueOf(random.nextInt(18, 61)));
                    }
                }
            }
        }
        options.forEach((name, values) -> answers.put(name, values.get(random.nextInt(values.size()))));
        if (!answers.containsKey("token") || !answers.containsKey("_csrf")) {
            throw new Failure("survey form without token or CSRF field");
        }
        return answers;
    }

    // --- timing and pacing --------------------------------------------------------------------------------------

    private interface Step {
        void run();
    }

    /** Runs {@code step}, records its time under {@code kind}, or counts its failure and rethrows it. */
    private void timed(String kind, UidlClient client, Step step) {
        client.takeBytes();
        long start = System.nanoTime();
        try {
            step.run();
        } catch (Failure failure) {
            stats.error(kind + ": " + failure.getMessage());
            throw failure;
        } catch (RuntimeException bug) {
            stats.error(kind + ": load driver " + bug);
            throw new Failure(bug.toString());
        }
        stats.record(kind, (System.nanoTime() - start) / 1e6, client.takeBytes());
    }

    /** What was measured so far. */
    LoadStats stats() {
        return stats;
    }

    /** Filter changes done and checked, complaints saved, survey responses stored. */
    long[] done() {
        return new long[] {filterChanges.sum(), complaintsSaved.sum(), surveysStored.sum()};
    }

    private Failure failure(String kind, String message) {
        stats.error(kind + ": " + message);
        return new Failure(message);
    }

    UidlClient client() {
        return new UidlClient(base, timeout, http);
    }

    private boolean running() {
        return System.currentTimeMillis() < until;
    }

    private void think() {
        sleep((long) (thinkMs * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- CPU and load -------------------------------------------------------------------------------------------

    /** The app's process: SERVER_PID, or the one Java process whose command line names the port of BASE. */
    static Optional<ProcessHandle> serverProcess(@Nullable String pid, int port) {
        if (pid != null && !pid.isBlank()) {
            return ProcessHandle.of(Long.parseLong(pid.strip()));
        }
        var self = ProcessHandle.current().pid();
        var candidates = ProcessHandle.allProcesses().filter(p -> p.pid() != self)
                .filter(p -> p.info().commandLine().map(c -> c.contains("java") && c.contains(String.valueOf(port)))
                        .orElse(false)).toList();
        return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
    }

    private static Optional<Double> loadAverage() {
        try {
            return Optional.of(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * CPU seconds over the run of the server, of the PostgreSQL backends serving {@code database} (processes whose
     * title names it, as {@code ps} shows them), of this process, and the machine's busy share (/proc/stat).
     */
    private static final class CpuMeter {
        record Used(double server, double database, double driver, double machineBusyCores) {
        }

        private final Optional<ProcessHandle> server;
        private final String database;
        private final double server0;
        private final Map<Long, Double> database0;
        private final double driver0;
        private final long[] machine0;

        CpuMeter(Optional<ProcessHandle> server, String database) {
            this.server = server;
            this.database = database;
            server0 = cpuSeconds(server);
            database0 = backends(database);
            driver0 = cpuSeconds(Optional.of(ProcessHandle.current()));
            machine0 = machineTicks();
        }

        Used stop() {
            double s = server.isEmpty() ? -1 : cpuSeconds(server) - server0;
            double db = backends(database).entrySet().stream()
                    .mapToDouble(e -> e.getValue() - database0.getOrDefault(e.getKey(), 0.0)).sum();
            double d = cpuSeconds(Optional.of(ProcessHandle.current())) - driver0;
            var machine1 = machineTicks();
            double busy = machine1[0] - machine0[0];
            double total = machine1[1] - machine0[1];
            return new Used(s, db, d, total <= 0 ? Double.NaN
                    : busy / total * Runtime.getRuntime().availableProcessors());
        }

        private static Map<Long, Double> backends(String database) {
            if (database.isEmpty()) {
                return Map.of();
            }
            var pattern = java.util.regex.Pattern.compile("^postgres: .* " + java.util.regex.Pattern.quote(database)
                    + " ");
            var cpu = new java.util.HashMap<Long, Double>();
            ProcessHandle.allProcesses().filter(p -> pattern.matcher(title(p)).find())
                    .forEach(p -> cpu.put(p.pid(), cpuSeconds(Optional.of(p))));
            return cpu;
        }

        /** The process title as ps shows it (PostgreSQL writes its backends' database into it). */
        private static String title(ProcessHandle process) {
            try {
                return Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline")).replace('\0', ' ');
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }

        private static double cpuSeconds(Optional<ProcessHandle> process) {
            return process.flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos() / 1e9).orElse(0.0);
        }

        /** {busy, total} jiffies of all cores from the first line of /proc/stat (idle and iowait are not busy). */
        private static long[] machineTicks() {
            try {
                var fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < fields.length && i <= 8; i++) {
                    total += Long.parseLong(fields[i]);
                }
                long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
                return new long[] {total - idle, total};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }
    }
}
