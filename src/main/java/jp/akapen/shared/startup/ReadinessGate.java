package jp.akapen.shared.startup;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No page before start-up work is done (migrations, the first ward account, the vault's key check,
 * demo data): the web server opens before Spring's runners have run, and a start that fails in them
 * would otherwise answer 200 for a second before the process ends. Until the portal is ready every
 * request but the health probes gets 503 with Retry-After.
 */
public final class ReadinessGate extends OncePerRequestFilter {

    static final String BODY = "Akapen is starting / 赤ペンは起動中です\n";

    private final ApplicationAvailability availability;

    public ReadinessGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
    }
}
