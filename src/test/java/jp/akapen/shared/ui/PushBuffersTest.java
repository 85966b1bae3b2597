package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: each push WebSocket starts with small buffers, while the messages it may carry stay as large as Vaadin lets
 * them be (the live collaboration and push end-to-end tests carry whole pages and long texts over it).
 */
@AkapenSpringTest
class PushBuffersTest {

    @Autowired
    ServletContext servletContext;
    @LocalServerPort
    int port;

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

    @Test
    void a_push_websocket_is_opened_without_compression_though_the_browser_offers_it() throws IOException {
        String answer = handshake("/VAADIN/push?v-r=push&v-uiId=0&v-pushId=none&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-Framework=3.1.5-javascript&X-atmo-protocol=true",
                "permessage-deflate; client_max_window_bits");

        assertThat(answer).startsWith("HTTP/1.1 101");
        assertThat(answer.toLowerCase(Locale.ROOT)).doesNotContain("sec-websocket-extensions");
    }

    @Test
    void tomcat_gives_each_websocket_one_kilobyte_buffers_for_framing_its_messages() throws ReflectiveOperationException {
        var constant = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        constant.setAccessible(true);

        assertThat(constant.getInt(null)).isEqualTo(1024);
    }

    /** The answer's status line and headers to a WebSocket opening handshake that offers {@code extensions}. */
    private String handshake(String path, String extensions) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nOrigin: http://localhost:" + port + "\r\n"
                    + "Sec-WebSocket-Extensions: " + extensions + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            var answer = new StringBuilder();
            for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                answer.append(line).append('\n');
            }
            return answer.toString();
        }
    }

    private AtmosphereFramework vaadinAtmosphere() {
        return servletContext.getServletRegistrations().keySet().stream()
                .map(name -> servletContext.getAttribute(JSR356WebsocketInitializer.getAttributeName(name)))
                .filter(AtmosphereFramework.class::isInstance).map(AtmosphereFramework.class::cast).findFirst()
                .orElseThrow();
    }
}
