package id.bpjs.jmo.demo;

import id.bpjs.jmo.base.time.ServiceTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo at start-up: only when demo mode is on, only into an empty database, never in prod. */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "jmo.demo.enabled", havingValue = "true")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demo;
    private final long seed;
    private final int responses;

    private final ServiceTime time;

    /** @param time the demo's branches are all on Java (WIB): its data ends at now in the default zone */
    DemoDataLoader(DemoData demo, @Value("${jmo.demo.seed}") long seed,
            @Value("${jmo.demo.responses}") int responses, ServiceTime time) {
        this.time = time;
        this.demo = demo;
        this.seed = seed;
        this.responses = responses;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.databaseIsEmpty()) {
            log.info("Database already has data: demo data not loaded.");
            return;
        }
        long started = System.nanoTime();
        var result = demo.load(seed, responses, time.now(), log::info);
        log.info("Demo data loaded in {} ms: {}", (System.nanoTime() - started) / 1_000_000, result);
    }
}
