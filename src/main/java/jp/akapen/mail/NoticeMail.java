package jp.akapen.mail;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.akapen.account.WorkAddresses;
import jp.akapen.account.WorkAddresses.Addressee;
import jp.akapen.shared.Roles;
import jp.akapen.shared.correspondence.CorrespondenceThreads;
import jp.akapen.shared.correspondence.ThreadKey;
import jp.akapen.shared.notification.NoticePosted;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Notices by mail (issue 12 item 2, seed W3): for each notice, one outbox row per person who takes notices by mail,
 * written in the notice's own transaction (a synchronous listener), so the notice and its mail are stored together
 * or not at all. Residents take them unless they said no, staff only if they said yes and have a work address.
 * Without a mail server (no spring.mail.host, no demo server) nothing is queued: notices stay in the portal's inbox,
 * and configuring a server later does not send a backlog.
 */
@Component
class NoticeMail {

    private final OutboxRepository outbox;
    private final WorkAddresses addresses;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings settings;
    private final Clock clock;
    private final ObjectProvider<CorrespondenceThreads> threads;

    NoticeMail(OutboxRepository outbox, WorkAddresses addresses, ObjectProvider<JavaMailSender> smtp,
            MailSettings settings, Clock clock, ObjectProvider<CorrespondenceThreads> threads) {
        this.threads = threads;
        this.outbox = outbox;
        this.addresses = addresses;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void onNoticePosted(NoticePosted posted) {
        if (smtp.getIfAvailable() == null) {
            return;
        }
        List<Addressee> people = posted.accountId() != null
                ? addresses.addressees(List.of(posted.accountId())).values().stream().toList()
                : addresses.withRole(posted.role());
        var wanting = wantMail(people);
        var at = clock.instant();
        ThreadKey thread = wanting.isEmpty() ? null : threadOf(posted.link());
        for (Addressee person : wanting) {
            outbox.insertNotice(posted.noticeId(), posted.link(), thread, person.accountId(), settings.charset(),
                    newMessageId(), at);
        }
    }

    /** The article or lecture a notice's link is about, so that its mail joins that thread (E2); null if none. */
    private ThreadKey threadOf(String link) {
        if (link == null) {
            return null;
        }
        return threads.orderedStream()
                .flatMap(t -> t.threadOfLink(link).map(id -> new ThreadKey(t.kind(), id)).stream())
                .findFirst().orElse(null);
    }

    private List<Addressee> wantMail(List<Addressee> people) {
        if (people.isEmpty()) {
            return people;
        }
        Map<Long, Boolean> said = outbox.preferences(people.stream().map(Addressee::accountId).toList());
        return people.stream()
                .filter(Addressee::enabled)
                .filter(p -> said.getOrDefault(p.accountId(), defaultFor(p.role())))
                .filter(p -> Roles.RESIDENT.equals(p.role()) || p.email() != null)
                .toList();
    }

    static boolean defaultFor(String role) {
        return Roles.RESIDENT.equals(role);
    }

    static String newMessageId() {
        return "<" + UUID.randomUUID() + "@akapen.mail>";
    }
}
