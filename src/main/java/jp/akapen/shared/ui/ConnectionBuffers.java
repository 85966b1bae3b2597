package jp.akapen.shared.ui;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Issue 17: Tomcat keeps the objects of each closed connection, with its read and write buffers, for the connections
 * to come, in a cache that never shrinks and that its default bounds only by 1/32 of the heap when the heap is larger
 * than 2 GB (and leaves out below). A browser opens about six connections to load a page and keeps one, its push
 * WebSocket, so that cache grew by about 80 KB with every session until it held up to 1/32 of the heap. A new
 * connection's buffers are cheaper to allocate than to keep: no cache, whatever the heap.
 *
 * <p>An open connection keeps Tomcat's default 8 KB read and 8 KB write buffers. Half of that (4 KB each) took 8 KB
 * off every open page, but Tomcat writes an answer in pieces of the write buffer's size, and in a 200-user run beside
 * one with 8 KB the pages with large answers (the review, the correction view, /progress) came out slower: not kept.
 */
@Component
class ConnectionBuffers implements TomcatConnectorCustomizer {

    static final String CACHE = "socket.bufferPool";

    @Override
    public void customize(Connector connector) {
        connector.setProperty(CACHE, "0");
    }
}
