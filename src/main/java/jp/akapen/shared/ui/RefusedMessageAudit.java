package jp.akapen.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementData;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import com.vaadin.flow.server.communication.rpc.RpcInvocationHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jp.akapen.shared.AccessDenied;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Messages from the browser that Vaadin refuses, in the audit log (seed P4, issue 24): a wrong security key (a
 * tampered or cross-site payload), a message id out of step (a replay of an older message, or one resent), and an
 * event for an element that is missing, detached, disabled, hidden or behind a modal (a forged click). Vaadin
 * refuses all of them by itself and only says so in its own log; here each is published as {@link AccessDenied}
 * {@code uidl:<what was asked for>}, once.
 *
 * <p>The handler replaces Vaadin's own UIDL handler: request handlers added at service init are asked first. An
 * event refused because its element was removed a moment before (a click racing a refresh) is logged too; a user
 * cannot tell that apart from a forged one either.
 */
@Component
class RefusedMessageAudit implements VaadinServiceInitListener {

    private final ApplicationEventPublisher events;

    RefusedMessageAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new AuditedUidlRequestHandler(what -> events.publishEvent(new AccessDenied("uidl:" + what))));
    }

    static final class AuditedUidlRequestHandler extends UidlRequestHandler {

        private final Consumer<String> refused;

        AuditedUidlRequestHandler(Consumer<String> refused) {
            this.refused = refused;
        }

        @Override
        protected ServerRpcHandler createRpcHandler() {
            return new AuditedRpcHandler(refused);
        }
    }

    static final class AuditedRpcHandler extends ServerRpcHandler {

        private final Consumer<String> refused;

        AuditedRpcHandler(Consumer<String> refused) {
            this.refused = refused;
        }

        @Override
        public void handleRpc(UI ui, String message, VaadinRequest request)
                throws InvalidUIDLSecurityKeyException, MessageIdSyncException {
            try {
                super.handleRpc(ui, message, request);
            } catch (InvalidUIDLSecurityKeyException e) {
                refused.accept("security_key");
                throw e;
            } catch (MessageIdSyncException e) {
                refused.accept("message_id:" + e.getReceivedId() + ",expected:" + e.getExpectedId());
                throw e;
            } catch (ClientResentPayloadException e) {
                refused.accept("message_resent:" + ui.getInternals().getLastProcessedClientToServerId());
                throw e;
            }
        }

        @Override
        protected Map<String, RpcInvocationHandler> getInvocationHandlers() {
            var audited = new LinkedHashMap<String, RpcInvocationHandler>();
            super.getInvocationHandlers().forEach((type, handler) -> audited.put(type, new Audited(handler, refused)));
            return audited;
        }
    }

    /** Vaadin decides; when it ignored the invocation because of the element's state, that is a refusal. */
    private record Audited(RpcInvocationHandler delegate, Consumer<String> refused) implements RpcInvocationHandler {

        @Override
        public String getRpcType() {
            return delegate.getRpcType();
        }

        @Override
        public Optional<Runnable> handle(UI ui, JsonNode invocation) {
            Optional<Runnable> result = delegate.handle(ui, invocation);
            if (result.isEmpty() && invocation.has("node")) {
                int id = invocation.get("node").asInt();
                StateNode node = ui.getInternals().getStateTree().getNodeById(id);
                String state = node == null ? "missing" : !node.isAttached() ? "detached" : !node.isVisible() ? "hidden"
                        : !node.isEnabled() ? "disabled" : node.isInert() ? "inert" : null;
                if (state != null) {
                    refused.accept(asked(delegate.getRpcType(), invocation, node, id) + ":" + state);
                }
            }
            return result;
        }

        /** e.g. "event:click:vaadin-button:12": what the message asked of which element. */
        private static String asked(String type, JsonNode invocation, StateNode node, int id) {
            String name = invocation.has("event") ? invocation.get("event").asString()
                    : invocation.has("templateEventMethodName") ? invocation.get("templateEventMethodName").asString()
                    : invocation.has("property") ? invocation.get("property").asString() : "";
            String tag = node != null && node.hasFeature(ElementData.class) ? Element.get(node).getTag() : "node";
            return type + ":" + name + ":" + tag + ":" + id;
        }
    }
}
