package jp.akapen.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Warns a person on a page with an editor that their session is about to end for want of activity (issue 23): the
 * session ends {@code server.servlet.session.timeout} after the last click or change the page sent (Vaadin closes
 * idle sessions; its heartbeats do not count), and {@code akapen.session.warn-before} earlier the page says so, with a
 * button that keeps it going. The page warns whether or not the editor holds unsaved text: what is typed reaches the
 * server only when the editor loses focus, and asking the browser would itself count as activity. What was typed is
 * kept in the browser anyway ({@link UnsavedText}).
 */
@Component
public class SessionWatch {

    private record Watched(UI ui, long[] warnedFor) {
    }

    private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
    private final Duration warnBefore;

    SessionWatch(@Value("${akapen.session.warn-before:PT3M}") Duration warnBefore) {
        this.warnBefore = warnBefore;
    }

    /** Watches {@code ui} while the registration stands. */
    public Registration watch(UI ui) {
        var entry = new Watched(ui, new long[] {-1});
        watched.add(entry);
        return () -> watched.remove(entry);
    }

    @Scheduled(fixedDelayString = "${akapen.session.check-every:PT15S}", initialDelayString = "PT15S")
    void check() {
        checkAt(System.currentTimeMillis());
    }

    /** Checks every watched page as if it were {@code now} (epoch milliseconds). */
    public void checkAt(long now) {
        for (Watched entry : watched) {
            try {
                entry.ui().access(() -> {
                    var session = entry.ui().getSession();
                    if (session == null || session.getSession() == null) {
                        return;
                    }
                    long last = session.getLastRequestTimestamp();
                    if (entry.warnedFor()[0] != last && warnNow(last, session.getSession().getMaxInactiveInterval(),
                            warnBefore, now)) {
                        entry.warnedFor()[0] = last;
                        warn(entry.ui());
                    }
                });
            } catch (UIDetachedException closed) {
                watched.remove(entry);
            }
        }
    }

    /**
     * Whether a session last active at {@code lastRequest} that ends after {@code maxInactiveSeconds} without activity
     * (none when not positive) is within {@code warnBefore} of its end at {@code now}, and not past it.
     */
    static boolean warnNow(long lastRequest, int maxInactiveSeconds, Duration warnBefore, long now) {
        if (maxInactiveSeconds <= 0) {
            return false;
        }
        long end = lastRequest + maxInactiveSeconds * 1000L;
        return now >= end - warnBefore.toMillis() && now < end;
    }

    private void warn(UI ui) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        notification.addClassName("session-warning");
        var text = new Span(ui.getTranslation("session.expiring", Math.max(1, warnBefore.toMinutes())));
        var keep = new Button(ui.getTranslation("session.keep"), click -> notification.close());
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setId("keep-session");
        notification.add(text, keep);
        notification.getElement().setAttribute("role", "alert");
        notification.open();
    }
}
