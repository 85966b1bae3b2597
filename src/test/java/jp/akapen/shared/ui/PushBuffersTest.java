package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import jp.akapen.AkapenSpringTest;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17: each push WebSocket starts with small buffers, while the messages it may carry stay as large as Vaadin lets
 * them be (the live collaboration and push end-to-end tests carry whole pages and long texts over it).
 */
@AkapenSpringTest
class PushBuffersTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void tomcat_starts_each_websocket_with_one_kilobyte_for_incoming_text_and_binary_messages() {
        var container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());

        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(1024);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(1024);
    }

    @Test
    void atmosphere_gives_each_websocket_one_kilobyte_of_stream_buffers_and_keeps_vaadins_message_limits() {
        var config = vaadinAtmosphere().getAtmosphereConfig();

        assertThat(config.getInitParameter("org.atmosphere.websocket.bufferSize")).isEqualTo("1024");
        assertThat(config.getInitParameter("org.atmosphere.websocket.maxTextMessageSize")).isEqualTo("16384");
        assertThat(config.getInitParameter("org.atmosphere.websocket.maxBinaryMessageSize")).isEqualTo("16384");
    }

    private AtmosphereFramework vaadinAtmosphere() {
        return servletContext.getServletRegistrations().keySet().stream()
                .map(name -> servletContext.getAttribute(JSR356WebsocketInitializer.getAttributeName(name)))
                .filter(AtmosphereFramework.class::isInstance).map(AtmosphereFramework.class::cast).findFirst()
                .orElseThrow();
    }
}
