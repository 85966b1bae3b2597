package jp.akapen.account.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import jp.akapen.account.LoginThrottle;
import jp.akapen.account.SignInAccounts;
import jp.akapen.account.mfa.MfaService;
import jp.akapen.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Form login through Vaadin's login view. Views declare their roles with {@code @RolesAllowed}
 * (Vaadin's navigation access control); service methods with {@code @Secured} (Spring's method
 * security). JSR-250 method security stays off: it would proxy every {@code @RolesAllowed} view.
 * Only the health endpoint, the stylesheets and the icon are open without signing in (the login page needs them;
 * a sheet left out was answered with a redirect to the login page, ResourcesWithoutSessionTest).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            RequestUtil vaadinRequests, SignInAccounts signInAccounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // the error page of a response already decided (a missing file: 404, a refused URL: 400);
                // guarding it again turned a missing /VAADIN/ file into a redirect to the login page, in
                // a loop for a client without cookies, and logged a refusal twice as "url:/error"
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/styles.css", "/markdown-preview.css", "/progress.css",
                        "/privacy.css", "/mfa.css", "/survey.css", "/favicon.ico").permitAll());
        http.authenticationManager(authenticationManager);
        // Spring's defaults, stated because the login flow depends on them: a new session id on
        // login (against fixation) and an invalidated session on logout.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.logout(logout -> logout.invalidateHttpSession(true).deleteCookies("JSESSIONID"));
        http.headers(SecurityConfiguration::headers);
        // an account disabled or reset since this session signed in: the session ends here (issue 24)
        http.addFilterBefore(new SessionCheckFilter(signInAccounts), AnonymousAuthenticationFilter.class);
        // halfway signed in (password given, second factor due): every page leads to the code page
        http.addFilterBefore(new MfaPendingFilter(vaadinRequests), AuthorizationFilter.class);
        // Vaadin exempts its own requests (they carry Vaadin's CSRF key) and also the login form's
        // POST (vaadin/flow#17427). The form sends Spring's token, so login keeps CSRF protection:
        // nobody can sign a visitor into an account of theirs from another site.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new ExpiredLoginForm());
                        return filter;
                    }
                }));
        // Vaadin's configurer sets what follows a success; a refusal keeps the name typed. The login page is named
        // here as well: a form login without one when Spring sets up its defaults gets Spring's generated login page.
        http.formLogin(form -> form.loginPage("/login").failureHandler(new TypedUsername()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                // Vaadin's default denies every path that is not a route, so a signed-in user got a bare 403 for
                // a mistyped address; signed in, the router answers: the portal's 404 page, logged (issue 24).
                // What a route needs is still checked by Vaadin's navigation access control.
                .anyRequest(url -> url.authenticated())
                .enableCsrfConfiguration(false)).build();
    }

    /**
     * What Vaadin Flow needs and nothing more (its documentation, "Content Security Policy"): its bootstrap
     * page starts the client engine with an inline script, and the engine builds functions from the
     * JavaScript the server sends ({@code executeJs}, event data), hence {@code 'unsafe-inline'
     * 'unsafe-eval'} for scripts; its components set inline styles. Everything is loaded from the portal
     * itself (no CDN, no fonts from elsewhere); {@code data:} images are the components' own icons. No
     * page may be framed, no plug-in loaded, no form sent elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The browser features no page of the portal uses (camera, microphone, location, payments, ...). */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()", "bluetooth=()",
            "midi=()", "magnetometer=()", "gyroscope=()", "accelerometer=()", "display-capture=()",
            "publickey-credentials-get=()");

    /**
     * Every response (seed P11, issue 24). Spring's defaults stay: {@code X-Content-Type-Options: nosniff},
     * {@code X-Frame-Options: DENY}, {@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate}
     * wherever the response sets no caching itself (Vaadin's hashed static files do; pages, UIDL and
     * downloads do not), and HSTS on requests that came over TLS only (a year, subdomains included).
     */
    static void headers(HeadersConfigurer<HttpSecurity> headers) {
        // Written before the request is handled: Vaadin's pages are served through a forward, and the
        // container commits a forwarded response on its own, past Spring's wrapper that would add the headers
        // at commit (the login page and every route went out without them).
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }

    /**
     * The only way to sign in, with no parent manager to fall back to: a parent would count each
     * failure a second time, and one without the throttle would let a blocked guess through.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords,
            LoginThrottle throttle, MfaService mfa, AuthenticationEventPublisher loginEvents) {
        var passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwords);
        // Disabled accounts and expired reset codes are refused only after the password was checked:
        // a wrong password gets the same answer, in the same time, as for any account or none (issue 24).
        passwordCheck.setPreAuthenticationChecks(user -> { });
        passwordCheck.setPostAuthenticationChecks(SecurityConfiguration::mayStillSignIn);
        // a right password signs in fully only those who need no second factor (seed P3)
        var manager = new ProviderManager(new MfaGate(new ThrottlingAuthenticationProvider(passwordCheck, throttle), mfa));
        // successes and failures become Spring events, which the audit log records (seed P4)
        manager.setAuthenticationEventPublisher(loginEvents);
        return manager;
    }

    private static void mayStillSignIn(UserDetails user) {
        if (!user.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
        if (!user.isCredentialsNonExpired()) {
            throw new CredentialsExpiredException("Reset code expired");
        }
    }

    /**
     * Argon2id for new hashes (Spring's settings and form, its working memory pooled); the id prefix lets a later
     * algorithm take over without a reset. An erased account's "hash"
     * ({@link jp.akapen.account.ResidentAccountErasure#ERASED_PASSWORD_HASH}) is matched by no password.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", new PooledArgon2PasswordEncoder(), "erased", NO_PASSWORD));
    }

    static final PasswordEncoder NO_PASSWORD = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("An erased account gets no password");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    };
}
