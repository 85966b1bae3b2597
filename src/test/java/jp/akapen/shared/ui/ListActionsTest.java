package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17: one listener for a list's buttons, each button a bare element. */
class ListActionsTest {

    final Div list = new Div();
    final List<String> opened = new ArrayList<>();

    ListActionsTest() {
        new UI().add(list);
        new ListActions(list).on("open", opened::add);
    }

    @Test
    void a_click_on_a_button_hands_its_key_to_its_actions_handler() {
        var card = new Div();
        list.add(card);
        var button = ListActions.button("open", "42", "開く", ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        card.getElement().appendChild(button);

        ListClicks.click(card, "開く");

        assertThat(opened).containsExactly("42");
        assertThat(button.getTag()).isEqualTo("vaadin-button");
        assertThat(button.getAttribute("theme")).isEqualTo("tertiary small");
        assertThat(button.getComponent()).as("no component of its own").isEmpty();
    }

    @Test
    void a_click_beside_the_buttons_or_of_an_unknown_action_or_without_a_key_does_nothing() {
        fire(false, "open", "1");
        fire(true, "delete", "1");
        var data = JacksonUtils.createObjectNode();
        data.put(ListActions.FILTER, true);
        data.put(ListActions.ACTION, "open");
        data.put(ListActions.KEY, 7);
        list.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(list.getElement(), "click", data));

        assertThat(opened).isEmpty();
    }

    @Test
    void only_clicks_on_an_action_button_are_sent_by_the_browser() {
        var listeners = list.getElement().getNode().getFeature(ElementListenerMap.class);

        assertThat(listeners.getExpressions("click")).contains(ListActions.FILTER, ListActions.ACTION, ListActions.KEY);
        assertThat(ListActions.FILTER).as("a boolean, which is all the browser's filter obeys").endsWith("!== null");
    }

    @Test
    void an_id_action_gets_the_key_as_a_number_and_never_sees_other_keys() {
        List<Long> ids = new ArrayList<>();
        new ListActions(list).onId("pick", ids::add);

        for (String key : List.of("12", "-3", "1e3", "", "12 ", "1234567890123456789", "９")) {
            fire(true, "pick", key);
        }

        assertThat(ids).containsExactly(12L);
    }

    private void fire(boolean onAButton, String action, String key) {
        var data = JacksonUtils.createObjectNode();
        data.put(ListActions.FILTER, onAButton);
        data.put(ListActions.ACTION, action);
        data.put(ListActions.KEY, key);
        list.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(list.getElement(), "click", data));
    }
}
