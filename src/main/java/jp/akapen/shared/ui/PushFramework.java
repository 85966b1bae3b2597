package jp.akapen.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import java.util.Optional;
import org.atmosphere.cpr.AtmosphereFramework;

/** The Atmosphere framework behind Vaadin's push for a servlet service, whose parameters it reads on each request. */
final class PushFramework {

    private PushFramework() {
    }

    static Optional<AtmosphereFramework> of(ServiceInitEvent event) {
        if (event.getSource() instanceof VaadinServletService service && service.getServlet() != null) {
            var servlet = service.getServlet();
            if (servlet.getServletContext().getAttribute(JSR356WebsocketInitializer.getAttributeName(
                    servlet.getServletName())) instanceof AtmosphereFramework atmosphere) {
                return Optional.of(atmosphere);
            }
        }
        return Optional.empty();
    }
}
