package jp.akapen.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.function.Supplier;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Text typed into an editor and not yet saved survives what would lose it (issue 23): the browser keeps a copy at each
 * keystroke (localStorage, under the signed-in person's account id, so nobody else signing in on the same browser is
 * offered it) until it is saved or thrown away; when the page is opened again, after a reload or a session that ended,
 * this bar offers to put it back. While an editor is shown, {@link SessionWatch} warns before the session ends.
 */
public class UnsavedText extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextArea editor;
    private final String key;
    private final Supplier<String> savedText;
    private final SessionWatch sessions;
    private Registration watch;

    /**
     * @param what names the text among the person's ({@code draft-12}, {@code correction-34})
     * @param savedText the text as last saved, to tell whether the editor holds anything unsaved
     */
    public UnsavedText(TextArea editor, String what, Supplier<String> savedText, SessionWatch sessions) {
        this.editor = editor;
        this.key = "akapen.unsaved." + SignedIn.require().id() + "." + what;
        this.savedText = savedText;
        this.sessions = sessions;
        addClassName("unsaved-text");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** Whether the editor holds text that differs from the saved text. */
    public boolean unsaved() {
        return !normal(editor.getValue()).equals(normal(savedText.get()));
    }

    /** Forgets the browser's copy: the text was saved. */
    public void saved() {
        forget(UI.getCurrent());
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        watch = sessions.watch(attach.getUI());
        editor.getElement().executeJs("""
                const key = $0;
                const kept = localStorage.getItem(key);
                if (this.__akapenKeep) { this.removeEventListener('value-changed', this.__akapenKeep); }
                this.__akapenKeep = () => {
                  try { localStorage.setItem(key, JSON.stringify({text: this.value, at: Date.now()})); } catch (e) { }
                };
                this.addEventListener('value-changed', this.__akapenKeep);
                return kept;""", key).then(String.class, this::offer);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (watch != null) {
            watch.remove();
            watch = null;
        }
    }

    private void offer(String stored) {
        if (stored == null) {
            return;
        }
        String text;
        Instant at;
        try {
            JsonNode kept = JSON.readTree(stored);
            text = kept.path("text").asString("");
            at = Instant.ofEpochMilli(kept.path("at").asLong(0));
        } catch (RuntimeException unreadable) {
            forget(UI.getCurrent());
            return;
        }
        if (normal(text).equals(normal(editor.getValue())) || normal(text).equals(normal(savedText.get()))) {
            return;
        }
        removeAll();
        var message = new Span(getTranslation("unsaved.offer", JapaneseDates.dateTime(at, getLocale()),
                text.codePointCount(0, text.length())));
        var restore = new Button(getTranslation("unsaved.restore"), click -> {
            editor.setValue(text);
            removeAll();
            add(new Span(getTranslation("unsaved.restored")));
        });
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        restore.addClassName("unsaved-restore");
        var discard = new Button(getTranslation("unsaved.discard"), click -> {
            forget(UI.getCurrent());
            setVisible(false);
        });
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(message, restore, discard);
        setVisible(true);
    }

    private void forget(UI ui) {
        if (ui != null) {
            ui.getPage().executeJs("localStorage.removeItem($0)", key);
        }
    }

    private static String normal(String text) {
        return text == null ? "" : text.replace("\r\n", "\n");
    }
}
