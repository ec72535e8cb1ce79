package id.bpjs.jmo.dashboard;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DashboardConfig {

    /**
     * Threads for the dashboard's independent aggregate queries. Four: enough to overlap database work on a
     * two-core machine without starving the connection pool (Hikari's default is ten).
     */
    @Bean(name = "dashboardQueries", destroyMethod = "shutdown")
    ExecutorService dashboardQueries() {
        var counter = new AtomicInteger();
        return Executors.newFixedThreadPool(4, runnable -> {
            var thread = new Thread(runnable, "dashboard-query-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
