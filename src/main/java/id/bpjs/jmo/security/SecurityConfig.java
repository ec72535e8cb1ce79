package id.bpjs.jmo.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.bpjs.jmo.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Login through Vaadin's security configurer. Only for the web application: the data generator runs without a web
 * server. Method security ({@link MethodSecurityConfig}) applies in both.
 */
@EnableWebSecurity
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health",
                "/actuator/health/**", "/survei/**").permitAll());
        // Unknown addresses reach Vaadin for logged-in users, so they get the not-found page instead of a bare 403;
        // anonymous users are still sent to the login page first.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

}
