package jp.akapen.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.ui.Transport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How each page's push connection travels ({@code akapen.push.transport}): {@code websocket} (the default: push by
 * WebSocket, the browser's own requests by XHR) or {@code long-polling} (for a proxy known to refuse WebSocket
 * upgrades). With WebSocket, Vaadin's client tries the upgrade twelve times, five seconds apart, before it falls back
 * to long polling, so behind a proxy that refuses the upgrade a page stayed deaf for a minute; here the first refusal
 * makes it fall back (the long poll starts after Vaadin's reconnect interval, five seconds).
 */
@Component
class PushTransport implements VaadinServiceInitListener {

    static final int WEBSOCKET_RETRIES = 0;

    private final Transport transport;

    PushTransport(@Value("${akapen.push.transport:websocket}") String transport) {
        this.transport = switch (transport.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "websocket" -> Transport.WEBSOCKET_XHR;
            case "long-polling" -> Transport.LONG_POLLING;
            default -> throw new IllegalArgumentException(
                    "akapen.push.transport must be websocket or long-polling, not " + transport);
        };
    }

    Transport transport() {
        return transport;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var push = init.getUI().getPushConfiguration();
            push.setTransport(transport);
            push.setParameter("maxWebsocketErrorRetries", String.valueOf(WEBSOCKET_RETRIES));
        });
    }
}
