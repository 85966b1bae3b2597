package jp.akapen.shared.ui;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Issue 17: Tomcat keeps the objects of each closed connection, with its 8 KB read and 8 KB write buffers, for the
 * connections to come, in a cache that never shrinks and that its default bounds only by 1/32 of the heap when the heap
 * is larger than 2 GB (and leaves out below). A browser opens about six connections to load a page and keeps one, its
 * push WebSocket, so that cache grew by about 80 KB with every session until it held up to 1/32 of the heap. A new
 * connection's buffers are cheaper to allocate than to keep: no cache, whatever the heap.
 */
@Component
class ClosedConnections implements TomcatConnectorCustomizer {

    static final String CACHE = "socket.bufferPool";

    @Override
    public void customize(Connector connector) {
        connector.setProperty(CACHE, "0");
    }
}
