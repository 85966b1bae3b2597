package jp.akapen.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.apache.catalina.Context;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Issue 17: the buffers each open push WebSocket keeps for as long as its page is open. Vaadin has Atmosphere allocate
 * 16 KB of bytes and 16 K characters per WebSocket ({@code org.atmosphere.websocket.bufferSize}) that only Atmosphere's
 * streaming message handlers use, and Atmosphere's JSR 356 endpoint takes whole messages instead; Tomcat starts each
 * WebSocket with 8 KB of bytes and 8 K characters for incoming messages before Atmosphere raises their limit to Vaadin's
 * 16 K, and grows the buffer to that limit with the first message of its kind. Starting both small leaves every message
 * size as it was (and with WEBSOCKET_XHR nothing but the connection's own frames comes in over the WebSocket). Tomcat's
 * buffers for framing each WebSocket's messages (reading frames, encoding text, writing frames) are 1 KB instead of 8:
 * a longer push goes out as more frames, as a page update split across frames does already. The WebSocket is opened
 * without compression ({@link UncompressedPush}).
 */
@Component
class PushBuffers implements TomcatContextCustomizer, VaadinServiceInitListener {

    static final int START_SIZE = 1024;
    static final String TOMCAT_FRAME_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String ATMOSPHERE_BUFFER = "org.atmosphere.websocket.bufferSize";
    static final String TOMCAT_TEXT_BUFFER = "org.apache.tomcat.websocket.textBufferSize";
    static final String TOMCAT_BINARY_BUFFER = "org.apache.tomcat.websocket.binaryBufferSize";

    static {
        // a JVM-wide setting Tomcat reads once, when its WebSocket classes load: after this bean's class (Spring makes
        // the web server's customizers before it starts the server) and before the first WebSocket. Left to whoever
        // sets it on the command line.
        if (System.getProperty(TOMCAT_FRAME_BUFFER) == null) {
            System.setProperty(TOMCAT_FRAME_BUFFER, String.valueOf(START_SIZE));
        }
    }

    @Override
    public void customize(Context context) {
        context.addParameter(TOMCAT_TEXT_BUFFER, String.valueOf(START_SIZE));
        context.addParameter(TOMCAT_BINARY_BUFFER, String.valueOf(START_SIZE));
    }

    @Bean
    static FilterRegistrationBean<UncompressedPush> uncompressedPush() {
        var registration = new FilterRegistrationBean<>(new UncompressedPush());
        registration.addUrlPatterns("/VAADIN/push");
        return registration;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Vaadin sets its 16 KB among the framework's own parameters, which Atmosphere reads before the servlet's and
        // reads again for each new WebSocket
        PushFramework.of(event).ifPresent(atmosphere -> atmosphere.addInitParameter(ATMOSPHERE_BUFFER,
                String.valueOf(START_SIZE)));
    }
}
