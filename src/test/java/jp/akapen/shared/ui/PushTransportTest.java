package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.shared.ui.Transport;
import org.junit.jupiter.api.Test;

/** Issue 23: how push travels is the operator's choice, and a wrong word stops the start with the setting named. */
class PushTransportTest {

    @Test
    void websocket_is_the_default_and_long_polling_can_be_chosen_outright() {
        assertThat(new PushTransport("websocket").transport()).isEqualTo(Transport.WEBSOCKET_XHR);
        assertThat(new PushTransport(" Long-Polling ").transport()).isEqualTo(Transport.LONG_POLLING);
    }

    @Test
    void an_unknown_transport_is_refused_with_the_setting_and_its_choices() {
        assertThatThrownBy(() -> new PushTransport("sse"))
                .hasMessage("akapen.push.transport must be websocket or long-polling, not sse");
    }
}
