package jp.akapen.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.live.LiveHub;
import jp.akapen.shared.live.Presence;

/**
 * Who else has this thing open right now and what they are doing there (issue 23), kept current while the page is
 * shown. People are shown by display name (a resident's is their pen name) and role; the page's own entry is left
 * out, the same person's other tabs are not.
 */
public class PresenceStrip extends Div {

    private final LiveHub hub;
    private final People people;
    private final String topic;
    private final String activity;
    private final Integer detail;
    private final Function<Presence, String> describe;
    private long entry = -1;

    /**
     * @param activity what this page is for ({@code writing}, {@code correcting}, …), told to the others
     * @param describe what the page says someone is doing, from their entry
     */
    public PresenceStrip(LiveHub hub, People people, String topic, String activity, Integer detail,
            Function<Presence, String> describe) {
        this.hub = hub;
        this.people = people;
        this.topic = topic;
        this.activity = activity;
        this.detail = detail;
        this.describe = describe;
        addClassName("presence-strip");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
        Live.follow(this, hub, topic, event -> {
            if ("presence".equals(event.kind())) {
                show();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        PortalUser me = SignedIn.require();
        entry = hub.join(topic, me, activity, detail);
        show();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (entry >= 0) {
            hub.leave(topic, entry);
            entry = -1;
        }
    }

    private void show() {
        long me = SignedIn.require().id();
        List<Presence> others = hub.present(topic, entry).stream().filter(p -> !p.mine()).toList();
        var names = people.displayNames(others.stream().map(Presence::accountId).toList());
        removeAll();
        if (others.isEmpty()) {
            setVisible(false);
            return;
        }
        var title = new Span(getTranslation("live.presence.title"));
        title.addClassName("presence-title");
        add(title);
        for (Presence p : others) {
            String who = p.accountId() == me ? getTranslation("live.presence.you-elsewhere")
                    : getTranslation("live.presence.person", names.getOrDefault(p.accountId(), "?"),
                            getTranslation("role." + p.role()));
            var person = new Span(getTranslation("live.presence.entry", who, describe.apply(p)));
            person.addClassName("presence-person");
            add(person);
        }
        setVisible(true);
    }
}
