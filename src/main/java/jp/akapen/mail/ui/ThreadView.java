package jp.akapen.mail.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.mail.MailThreads;
import jp.akapen.mail.MailThreads.MailItem;
import jp.akapen.mail.MailThreads.OtherItem;
import jp.akapen.shared.Roles;
import jp.akapen.shared.correspondence.ThreadEntry;
import jp.akapen.shared.correspondence.ThreadKey;

/**
 * One thread (seed E2; issue 12 item 7): in time order, every mail about the article or lecture (subject, sender,
 * recipients by pen name, state, text) and, for an article, its correction rounds returned, the editor's notes and
 * the replies. Ward staff only; the page states that the ward is in Cc of each of its mails.
 */
@Route("mail/threads/:" + ThreadView.PARAMETER + "([a-z]{1,20}-[0-9]{1,18})")
@RolesAllowed(Roles.WARD_STAFF)
class ThreadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "thread";

    private final MailThreads threads;
    private String title;
    final Div items = new Div();
    final Paragraph ward = new Paragraph();

    ThreadView(MailThreads threads) {
        this.threads = threads;
        addClassName("mail-thread");
        items.addClassName("mail-thread-items");
        ward.addClassName("mail-ward-cc");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        items.removeAll();
        title = getTranslation("mail.thread.list-title");
        var back = new RouterLink(getTranslation("mail.thread.list-title"), ThreadsView.class);
        back.addClassName("back-link");
        add(new Paragraph(back));
        var thread = ThreadKey.parse(event.getRouteParameters().get(PARAMETER).orElse(""))
                .flatMap(threads::thread);
        if (thread.isEmpty()) {
            var missing = new Paragraph(getTranslation("mail.thread.not-found"));
            missing.addClassNames("upload-status", "upload-refusal");
            add(missing);
            return;
        }
        var t = thread.get();
        title = t.info().title();
        var heading = MailDetail.mailText(new H2(), t.info().title());
        var facts = new Paragraph(getTranslation("mail.thread.kind." + t.info().key().kind()) + " · ");
        facts.add(MailDetail.mailText(new Span(), t.info().context()));
        if (!t.info().residents().isBlank()) {
            facts.add(new Span(" · " + getTranslation("mail.thread.residents") + ": "),
                    MailDetail.mailText(new Span(), t.info().residents()));
        }
        facts.addClassName("message-meta");
        var subject = new Anchor(t.info().link(), getTranslation("mail.thread.open-subject"));
        int mails = t.mails().size();
        ward.setText(t.wardAddress() == null || t.wardAddress().isBlank()
                ? getTranslation("mail.compose.ward-cc-missing")
                : getTranslation("mail.thread.ward-in-all", String.valueOf(mails), t.wardAddress()));
        add(heading, facts, new Paragraph(subject), ward);
        if (t.items().isEmpty()) {
            items.add(new Paragraph(getTranslation("mail.thread.no-messages")));
        }
        for (var item : t.items()) {
            var card = new Div();
            card.addClassName("mail-thread-item");
            var when = new Paragraph(MailDetail.time(item.at(), getLocale()));
            when.addClassNames("message-meta", "mail-thread-when");
            card.add(when);
            switch (item) {
                case MailItem m -> card.add(new MailDetail(m.mail(), t.wardAddress()));
                case OtherItem o -> entry(card, o.entry());
            }
            items.add(card);
        }
        add(items);
    }

    private void entry(Div card, ThreadEntry entry) {
        card.addClassName("mail-thread-correction");
        String round = String.valueOf(entry.round());
        String head = switch (entry.kind()) {
            case ROUND_RETURNED -> getTranslation("mail.thread.entry.returned", round, entry.author());
            case CORRECTION_NOTE -> getTranslation("mail.thread.entry.note", round, entry.author(),
                    entry.labelKey() == null ? getTranslation("manuscript.reason.none") : getTranslation(entry.labelKey()));
            case REPLY -> getTranslation("mail.thread.entry.reply", round, entry.author());
        };
        var heading = new Paragraph(head);
        heading.addClassName("mail-thread-entry-head");
        card.add(heading);
        if (entry.text() != null) {
            var text = MailDetail.mailText(new Paragraph(), entry.text());
            text.addClassName("mail-body");
            card.add(text);
        }
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("mail.thread.list-title") : title;
    }
}
