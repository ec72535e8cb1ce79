package id.bpjs.jmo.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Production has no default account: the first admin comes from JMO_ADMIN_USERNAME and JMO_ADMIN_PASSWORD, once,
 * when no admin exists yet. Afterwards the variables are ignored (change the password in the app).
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final String username;
    private final String password;
    private final String fullName;

    AdminBootstrap(UserService users, @Value("${jmo.admin.username:}") String username,
            @Value("${jmo.admin.password:}") String password,
            @Value("${jmo.admin.full-name:Administrator}") String fullName) {
        this.users = users;
        this.username = username;
        this.password = password;
        this.fullName = fullName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.adminExists()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No admin account exists. Set JMO_ADMIN_USERNAME and JMO_ADMIN_PASSWORD and restart to create one.");
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("JMO_ADMIN_PASSWORD must have at least 12 characters.");
        }
        try {
            users.createAccount(username, password, fullName, Role.ADMIN, null);
            log.info("Created the first admin account '{}' from the environment.", username);
        } catch (DataIntegrityViolationException e) {
            // several instances starting together on an empty database: the first one's account stands
            if (!users.adminExists()) {
                throw e;
            }
            log.info("The first admin account was created by another instance.");
        }
    }
}
