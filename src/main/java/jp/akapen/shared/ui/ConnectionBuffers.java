package jp.akapen.shared.ui;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Issue 17: what Tomcat keeps of each connection.
 *
 * <p>Closed connections: Tomcat keeps the objects of each one, with its read and write buffers, for the connections to
 * come, in a cache that never shrinks and that its default bounds only by 1/32 of the heap when the heap is larger than
 * 2 GB (and leaves out below). A browser opens about six connections to load a page and keeps one, its push WebSocket,
 * so that cache grew by about 80 KB with every session until it held up to 1/32 of the heap. A new connection's buffers
 * are cheaper to allocate than to keep: no cache, whatever the heap.
 *
 * <p>Open connections: every signed-in page keeps one open for push, idle nearly all the time, and each holds a read
 * and a write buffer for as long as it stays open (8 KB each by default). Tomcat reads and writes through them in turns,
 * so a smaller buffer only means more turns for a long request or answer; 4 KB each halves what an idle page holds.
 */
@Component
class ConnectionBuffers implements TomcatConnectorCustomizer {

    static final String CACHE = "socket.bufferPool";
    static final String READ_BUFFER = "socket.appReadBufSize";
    static final String WRITE_BUFFER = "socket.appWriteBufSize";
    static final int BUFFER_SIZE = 4096;

    @Override
    public void customize(Connector connector) {
        connector.setProperty(CACHE, "0");
        connector.setProperty(READ_BUFFER, String.valueOf(BUFFER_SIZE));
        connector.setProperty(WRITE_BUFFER, String.valueOf(BUFFER_SIZE));
    }
}
