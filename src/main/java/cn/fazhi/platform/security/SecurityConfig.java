package cn.fazhi.platform.security;

import cn.fazhi.platform.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.ObjectMapper;

/**
 * Two filter chains (等保 2.0 三级 身份鉴别 and 访问控制):
 * <ul>
 * <li>{@code /api/**}: bearer tokens from {@code POST /api/auth/token}, or the page session (htmx). CSRF is checked
 * only where a browser could be tricked: session calls that change state. Failures are JSON problem details,
 * never redirects.</li>
 * <li>everything else: form login at {@code /login} with CSRF, logout by POST, sessions in the database (Spring
 * Session JDBC, idle timeout {@code fazhi.security.idle-timeout}).</li>
 * </ul>
 * Both chains force a password change for accounts flagged by an administrator, and share one
 * {@link AuthenticationManager} whose events feed the audit trail and whose provider applies the lock-out.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Where the login page ({@code web.LoginPage}) finds the message of the last failed attempt: a string, not the
     * exception, so that the database session holds nothing but text.
     */
    static final String LOGIN_ERROR_ATTRIBUTE = "fazhi.login.error";
    static final String LOGIN_USERNAME_ATTRIBUTE = "fazhi.login.username";

    @Bean
    AuthenticationManager authenticationManager(AccountDirectory directory, PasswordEncoder encoder,
            LoginLockout lockout, AuditLog audit, SecurityProperties props, ApplicationEventPublisher events) {
        ProviderManager manager = new ProviderManager(
                new FazhiAuthenticationProvider(directory, encoder, lockout, audit, props));
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        // LoginFailedException is ours: publish it as a failure event too, so that every refusal is audited
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }

    @Bean
    ProblemResponses securityProblemResponses(ObjectMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens,
            ProblemResponses problems) throws Exception {
        RequestMatcher tokenEndpoint = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/auth/token");
        // a browser attaches cookies on its own, never an Authorization header; without a session cookie there is
        // no ambient authority to abuse, and the call gets 401 rather than a misleading CSRF 403
        RequestMatcher noCsrfNeeded = request -> ApiTokenAuthenticationFilter.hasBearer(request)
                || request.getRequestedSessionId() == null || !request.isRequestedSessionIdValid()
                || tokenEndpoint.matches(request);
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(tokenEndpoint).permitAll()
                        .requestMatchers("/api/public/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(c -> c.ignoringRequestMatchers(noCsrfNeeded))
                .requestCache(rc -> rc.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .addFilterAfter(new ApiTokenAuthenticationFilter(tokens, problems), CsrfFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class)
                .headers(SecurityConfig::headers)
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable());
        return http.build();
    }

    /**
     * The public pages ({@code /public/**}, issue 4 §7): anonymous GETs without a session, so that a citizen whose
     * browser still carries an expired staff session cookie sees the page instead of being sent to the login page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/public/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(rc -> rc.disable())
                .headers(SecurityConfig::headers)
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager manager, ProblemResponses problems)
            throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/public/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f
                        .loginPage("/login")
                        .authenticationDetailsSource(SecurityConfig::formDetails)
                        .failureHandler(loginFailureHandler())
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(l -> l
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true)
                        .deleteCookies("SESSION"))
                // a new session id at login (session fixation, 等保 身份鉴别); sessions themselves are in the database
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                        // an idle session that timed out (等保: 登录连接超时自动退出) says so on the login page
                        .invalidSessionUrl("/login?timeout"))
                .addFilterAfter(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class)
                .headers(SecurityConfig::headers);
        return http.build();
    }

    private static LoginDetails formDetails(HttpServletRequest request) {
        return new LoginDetails(request.getRemoteAddr(), LoginDetails.FORM);
    }

    /** Keeps only the Chinese message and the typed username in the session, then shows the login page again. */
    private static AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, exception) -> {
            var session = request.getSession();
            String message = exception instanceof LoginFailedException ? exception.getMessage() : "登录失败,请重试";
            session.setAttribute(LOGIN_ERROR_ATTRIBUTE, message);
            String username = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
            if (username != null && username.length() <= 100) {
                session.setAttribute(LOGIN_USERNAME_ATTRIBUTE, username);
            }
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }

    private static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.frameOptions(f -> f.deny())
                .contentTypeOptions(c -> { })
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
