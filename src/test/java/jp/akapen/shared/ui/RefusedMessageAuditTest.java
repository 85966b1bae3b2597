package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.audit.AuditFilter;
import jp.akapen.privacy.audit.AuditLogService;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Messages Vaadin refuses are in the audit log, once each, with what they asked for (seed P4, issue 24): a tampered
 * security key, a message id out of step, a replayed message, a click on a disabled element. A click Vaadin runs is
 * not a refusal and is not logged.
 */
@AkapenSpringTest
class RefusedMessageAuditTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLogService log;

    PortalUser ward;
    UI ui;
    ServerRpcHandler rpc;
    VaadinRequest request;
    long before;

    @BeforeEach
    void theAuditedHandler() {
        ward = (PortalUser) TestSupport.signIn(users, "ward1");
        ui = UI.getCurrent();
        var handlers = new java.util.ArrayList<com.vaadin.flow.server.RequestHandler>();
        VaadinService.getCurrent().getRequestHandlers().forEach(handlers::add);
        var audited = handlers.stream().filter(RefusedMessageAudit.AuditedUidlRequestHandler.class::isInstance)
                .map(RefusedMessageAudit.AuditedUidlRequestHandler.class::cast).findFirst().orElseThrow();
        assertThat(handlers.stream().filter(UidlRequestHandler.class::isInstance).findFirst()).as("asked before Vaadin's own")
                .containsSame(audited);
        rpc = audited.createRpcHandler();
        request = mock(VaadinRequest.class);
        when(request.getService()).thenReturn(VaadinService.getCurrent());
        before = newest();
    }

    long newest() {
        return log.find(AuditFilter.ALL, 0, 1).getFirst().event().seq();
    }

    List<AuditEvent> refusalsSince() {
        return log.find(new AuditFilter(null, null, null, null, null, "uidl", null), 0, 100).stream()
                .map(AuditLogService.Row::event).filter(e -> e.seq() > before).toList();
    }

    String message(String csrfToken, int clientId, String rpcJson) {
        return "{\"csrfToken\":\"" + csrfToken + "\",\"syncId\":" + ui.getInternals().getServerSyncId()
                + ",\"clientId\":" + clientId + ",\"rpc\":" + rpcJson + "}";
    }

    int nextClientId() {
        return ui.getInternals().getLastProcessedClientToServerId() + 1;
    }

    void refusedOnceAs(String objectIdPrefix) {
        var refusals = refusalsSince();
        assertThat(refusals).hasSize(1);
        var entry = refusals.getFirst();
        assertThat(entry.action()).isEqualTo("ACCESS_DENIED");
        assertThat(entry.outcome()).isEqualTo("DENIED");
        assertThat(entry.actorId()).isEqualTo(ward.id());
        assertThat(entry.objectId()).startsWith(objectIdPrefix);
    }

    @Test
    void a_message_with_a_tampered_security_key_is_refused_and_logged_once() {
        assertThatThrownBy(() -> rpc.handleRpc(ui, message("forged-key", nextClientId(), "[]"), request))
                .isInstanceOf(ServerRpcHandler.InvalidUIDLSecurityKeyException.class);

        refusedOnceAs("security_key");
    }

    @Test
    void a_message_from_the_future_is_refused_and_logged_once_with_the_ids() {
        int expected = nextClientId();
        assertThatThrownBy(() -> rpc.handleRpc(ui, message(ui.getCsrfToken(), expected + 5, "[]"), request))
                .isInstanceOf(ServerRpcHandler.MessageIdSyncException.class);

        refusedOnceAs("message_id:" + (expected + 5) + ",expected:" + expected);
    }

    @Test
    void a_replayed_message_is_answered_without_running_again_and_logged_once() throws Exception {
        rpc.handleRpc(ui, message(ui.getCsrfToken(), nextClientId(), "[]"), request);
        int processed = ui.getInternals().getLastProcessedClientToServerId();

        assertThatThrownBy(() -> rpc.handleRpc(ui, message(ui.getCsrfToken(), processed, "[]"), request))
                .isInstanceOf(ServerRpcHandler.ClientResentPayloadException.class);

        refusedOnceAs("message_resent:" + processed);
    }

    @Test
    void a_forged_click_on_a_disabled_button_does_not_run_and_is_logged_once_with_the_element() throws Exception {
        var clicks = new AtomicInteger();
        var button = new Button("x", click -> clicks.incrementAndGet());
        ui.add(button);
        int node = button.getElement().getNode().getId();
        String click = "[{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\"}]";

        rpc.handleRpc(ui, message(ui.getCsrfToken(), nextClientId(), click), request);
        assertThat(clicks).as("an enabled button's click runs").hasValue(1);
        assertThat(refusalsSince()).as("and is no refusal").isEmpty();

        button.setEnabled(false);
        rpc.handleRpc(ui, message(ui.getCsrfToken(), nextClientId(), click), request);

        assertThat(clicks).as("the disabled button's click did not run").hasValue(1);
        refusedOnceAs("event:click:vaadin-button:" + node + ":disabled");
    }
}
