package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import jp.akapen.AkapenSpringTest;
import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.collections.SynchronizedStack;
import org.apache.tomcat.util.net.NioEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** Issue 17: what a closed connection leaves on the server. */
@AkapenSpringTest
class ConnectionBuffersTest {

    @Autowired
    WebServerApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void the_server_keeps_no_buffers_of_connections_that_have_closed() throws Exception {
        for (int i = 0; i < 8; i++) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.getOutputStream().write(("GET /login HTTP/1.1\r\nHost: localhost:" + port
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getInputStream().readAllBytes();
            }
        }

        NioEndpoint endpoint = endpoint();
        // Tomcat releases a channel to its cache once its socket is closed, on its poller thread
        Thread.sleep(500);
        var cache = field(endpoint, "nioChannels", SynchronizedStack.class);
        assertThat(cache == null ? null : cache.pop()).as("a closed connection's channel and buffers kept").isNull();
        assertThat(endpoint.getSocketProperties().getActualBufferPool(0)).isZero();
    }

    private NioEndpoint endpoint() throws ReflectiveOperationException {
        var protocol = (AbstractProtocol<?>) ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector()
                .getProtocolHandler();
        var getEndpoint = AbstractProtocol.class.getDeclaredMethod("getEndpoint");
        getEndpoint.setAccessible(true);
        return (NioEndpoint) getEndpoint.invoke(protocol);
    }

    private static <T> T field(Object owner, String name, Class<T> type) throws ReflectiveOperationException {
        var field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return type.cast(field.get(owner));
    }
}
