package jp.akapen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import jp.akapen.shared.live.LiveEvent;
import jp.akapen.shared.live.LiveHub;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Pages that change while they are shown (issue 23): what happens on a topic reaches the page through server push,
 * run in the page's UI as the person signed in, so that the services it calls check the same rights as on a click.
 */
public final class Live {

    private Live() {
    }

    /**
     * While {@code component} is attached, runs {@code command} in its UI for every event of {@code topic}.
     *
     * @return a registration that stops following
     */
    public static Registration follow(Component component, LiveHub hub, String topic, Consumer<LiveEvent> command) {
        var current = new LiveHub.Subscription[1];
        Consumer<UI> start = ui -> {
            stop(current);
            // the page's request thread knows the person; the hub's thread does not
            SecurityContext security = SecurityContextHolder.getContext();
            var subscription = new LiveHub.Subscription[1];
            subscription[0] = hub.subscribe(topic, event -> access(ui, security, () -> command.accept(event),
                    () -> subscription[0].close()));
            current[0] = subscription[0];
        };
        Registration onAttach = component.addAttachListener(attach -> start.accept(attach.getUI()));
        Registration onDetach = component.addDetachListener(detach -> stop(current));
        component.getUI().ifPresent(start);
        return () -> {
            onAttach.remove();
            onDetach.remove();
            stop(current);
        };
    }

    private static void stop(LiveHub.Subscription[] current) {
        if (current[0] != null) {
            current[0].close();
            current[0] = null;
        }
    }

    /** Runs {@code command} in {@code ui} as the person of {@code security}; {@code gone} runs if the UI is closed. */
    static void access(UI ui, SecurityContext security, Runnable command, Runnable gone) {
        try {
            ui.access(() -> {
                var before = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(security);
                try {
                    command.run();
                } finally {
                    SecurityContextHolder.setContext(before);
                }
            });
        } catch (UIDetachedException closed) {
            gone.run();
        }
    }
}
