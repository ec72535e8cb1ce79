package id.bpjs.jmo.persistence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"jmo.demo.enabled=false"})
@ActiveProfiles("test")
class H2CheckConstraintsAfterPoolRecycleTest extends CheckConstraintsAfterPoolRecycle {

    @Override
    String schema() {
        return "public";
    }
}
