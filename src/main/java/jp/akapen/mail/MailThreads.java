package jp.akapen.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.correspondence.CorrespondenceThreads;
import jp.akapen.shared.correspondence.ThreadActivity;
import jp.akapen.shared.correspondence.ThreadEntry;
import jp.akapen.shared.correspondence.ThreadInfo;
import jp.akapen.shared.correspondence.ThreadKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correspondence by thread (seed E2; issue 12 item 7): every mail about one article or one lecture, with the
 * article's correction exchanges, for ward staff, who read every thread and are in Cc of every mail in it (the rules
 * where each message is built put the ward's address there; no composer can take it out). The areas that own
 * articles and lectures say what a thread is called ({@link CorrespondenceThreads}); this area knows only the key.
 */
@Service
@Transactional(readOnly = true)
public class MailThreads {

    /** A thread as the ward's list shows it: mails and other messages counted, the last of them. */
    public record Summary(ThreadInfo info, int mails, int otherMessages, Instant lastActivity) {

        public int messages() {
            return mails + otherMessages;
        }
    }

    /** One message of a thread, in time order: a mail, or a message of the owning area (a correction reply). */
    public sealed interface Item permits MailItem, OtherItem {
        Instant at();
    }

    public record MailItem(ComposedMail mail) implements Item {
        @Override
        public Instant at() {
            return mail.createdAt();
        }
    }

    public record OtherItem(ThreadEntry entry) implements Item {
        @Override
        public Instant at() {
            return entry.at();
        }
    }

    /** A thread with its messages, oldest first, and the ward's address that is in Cc of each mail. */
    public record Thread(ThreadInfo info, List<Item> items, String wardAddress) {

        public List<ComposedMail> mails() {
            return items.stream().filter(MailItem.class::isInstance).map(i -> ((MailItem) i).mail()).toList();
        }
    }

    private final ComposedMailRepository mails;
    private final MailComposer composer;
    private final ObjectProvider<CorrespondenceThreads> sources;

    MailThreads(ComposedMailRepository mails, MailComposer composer, ObjectProvider<CorrespondenceThreads> sources) {
        this.mails = mails;
        this.composer = composer;
        this.sources = sources;
    }

    /**
     * The articles and lectures a composed mail may belong to, for its drafter to choose from (the titles only,
     * no messages).
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public List<ThreadInfo> choices() {
        if (!composer.mayCompose()) {
            return List.of();
        }
        return sources.orderedStream().flatMap(s -> s.threads().stream()).toList();
    }

    /** Every thread with at least one message, the latest activity first; and how many mails are in none. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public List<Summary> threads() {
        requireWard();
        Map<ThreadKey, ThreadActivity> counts = mails.threadCounts();
        var summaries = new ArrayList<Summary>();
        sources.orderedStream().forEach(source -> {
            Map<Long, ThreadActivity> own = source.activity();
            for (ThreadInfo info : source.threads()) {
                ThreadActivity mailed = counts.get(info.key());
                ThreadActivity other = own.get(info.key().id());
                if (mailed == null && other == null) {
                    continue;
                }
                summaries.add(new Summary(info, mailed == null ? 0 : mailed.messages(),
                        other == null ? 0 : other.messages(), latest(mailed, other)));
            }
        });
        summaries.sort(Comparator.comparing(Summary::lastActivity).reversed());
        return summaries;
    }

    /** How many mails belong to no thread (general mail); ward staff read them on the correspondence page. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public int generalMails() {
        requireWard();
        var general = mails.threadCounts().get(null);
        return general == null ? 0 : general.messages();
    }

    /** One thread with its mails (bodies as sent) and its area's own messages, in time order; empty if unknown. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public Optional<Thread> thread(ThreadKey key) {
        var me = requireWard();
        Optional<CorrespondenceThreads> source = sources.orderedStream()
                .filter(s -> s.kind().equals(key.kind())).findFirst();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Optional<ThreadInfo> info = source.get().threads().stream().filter(t -> t.key().equals(key)).findFirst();
        if (info.isEmpty()) {
            return Optional.empty();
        }
        var items = new ArrayList<Item>();
        composer.view(mails.ofThread(key), me, false).forEach(m -> items.add(new MailItem(m)));
        source.get().entries(key.id()).forEach(e -> items.add(new OtherItem(e)));
        items.sort(Comparator.comparing(Item::at));
        return Optional.of(new Thread(info.get(), List.copyOf(items), composer.wardAddress()));
    }

    private static Instant latest(ThreadActivity a, ThreadActivity b) {
        if (a == null || a.lastAt() == null) {
            return b.lastAt();
        }
        if (b == null || b.lastAt() == null) {
            return a.lastAt();
        }
        return a.lastAt().isAfter(b.lastAt()) ? a.lastAt() : b.lastAt();
    }

    private static jp.akapen.shared.PortalUser requireWard() {
        var me = SignedIn.require();
        if (!Roles.WARD_STAFF.equals(me.role())) {
            throw new AccessDeniedException("Only ward staff read every correspondence thread");
        }
        return me;
    }
}
