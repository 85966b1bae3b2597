package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    final String filter = ListActions.filter(List.of("open"));

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
        data.put(filter, true);
        data.put(ListActions.ACTION, "open");
        data.put(ListActions.KEY, 7);
        list.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(list.getElement(), "click", data));

        assertThat(opened).isEmpty();
    }

    @Test
    void only_clicks_on_a_button_of_the_lists_own_actions_are_sent_by_the_browser() {
        var listeners = list.getElement().getNode().getFeature(ElementListenerMap.class);

        assertThat(listeners.getExpressions("click")).contains(filter, ListActions.ACTION, ListActions.KEY);
        assertThat(filter).as("a boolean, which is all the browser's filter obeys").endsWith("!== null")
                .contains("vaadin-button[data-action=\"open\"]").doesNotContain("delete");
        assertThat(ListActions.filter(List.of())).isEqualTo("false");
    }

    @Test
    void a_list_inside_another_sends_a_click_on_its_button_once_and_to_itself() {
        var outer = new Div();
        new UI().add(outer);
        var inner = new Div();
        outer.add(inner);
        List<String> outerKeys = new ArrayList<>();
        List<String> innerKeys = new ArrayList<>();
        new ListActions(outer).on("logout", outerKeys::add);
        new ListActions(inner).on("language", innerKeys::add);
        var language = ListActions.button("language", "en", "English");
        inner.getElement().appendChild(language);

        ListClicks.click(language);

        assertThat(innerKeys).containsExactly("en");
        assertThat(outerKeys).isEmpty();
        assertThat(outer.getElement().getNode().getFeature(ElementListenerMap.class).getExpressions("click"))
                .as("the outer list's filter is false for the inner list's buttons")
                .contains(ListActions.filter(List.of("logout")))
                .noneMatch(e -> e.contains("language"));
    }

    @Test
    void an_action_name_that_is_not_a_plain_word_is_refused() {
        var actions = new ListActions(list);
        assertThatThrownBy(() -> actions.on("x') || true || ('", key -> { }))
                .isInstanceOf(IllegalArgumentException.class);
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
        // every filter of the list says onAButton: a request may claim anything
        list.getElement().getNode().getFeature(ElementListenerMap.class).getExpressions("click").stream()
                .filter(e -> e.endsWith("!== null")).forEach(e -> data.put(e, onAButton));
        data.put(ListActions.ACTION, action);
        data.put(ListActions.KEY, key);
        list.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(list.getElement(), "click", data));
    }
}
