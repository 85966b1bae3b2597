package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work on long texts (diffs of whole books) off the request thread, as the signed-in user,
 * with an indeterminate progress bar; the browser polls until the result is shown.
 */
final class Background {

    /** Texts longer than this are diffed in the background. */
    static final int LONG_TEXT = 50_000;

    private static final int POLL_MILLIS = 300;

    private Background() {
    }

    static <T> void run(HasComponents progressHost, Supplier<T> work, Consumer<T> onDone, Consumer<RuntimeException> onError) {
        UI ui = UI.getCurrent();
        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.addClassName("work-progress");
        progressHost.add(progress);
        ui.setPollInterval(POLL_MILLIS);
        var context = SecurityContextHolder.getContext();
        Thread.ofVirtual().name("akapen-diff").start(() -> {
            SecurityContextHolder.setContext(context);
            try {
                T result = work.get();
                ui.access(() -> {
                    finish(ui, progressHost, progress);
                    onDone.accept(result);
                });
            } catch (RuntimeException failure) {
                ui.access(() -> {
                    finish(ui, progressHost, progress);
                    onError.accept(failure);
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private static void finish(UI ui, HasComponents host, ProgressBar progress) {
        host.remove(progress);
        ui.setPollInterval(-1);
    }
}
