package jp.akapen.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.akapen.mail.rules.BuiltMail;
import jp.akapen.mail.rules.ContractMailBuilder;
import jp.akapen.mail.rules.FourEyes;
import jp.akapen.mail.rules.MailDraft;
import jp.akapen.mail.rules.NoticeTemplate;
import jp.akapen.mail.rules.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds (issue 12 items 6, 8). Each pass claims due rows with {@code FOR UPDATE SKIP LOCKED}
 * and a lease in a short transaction, so several instances never take the same row; renews the batch's leases and
 * resolves its addresses in one transaction; then, over one SMTP connection for the batch ({@link SmtpBatch}) and
 * outside any transaction, builds each message under the contract's rules and hands it over, and records its outcome
 * (SENT, or FAILED with a reason and, for a failure that may pass, the next attempt with back-off) in a transaction of
 * its own that also renews the leases of the rest (a row another sender took over after our lease ran out is left
 * alone). A message the server refuses fails alone; the next one opens a new connection.
 * Refusals (no ward address, an address that does not parse, the final guard) are not retried: the row is kept with
 * its reason for the outbox page. A sender that dies mid-send leaves SENDING rows that are due again when their
 * lease runs out; only a death between the SMTP server's acceptance and the next commit (milliseconds) can send a
 * message twice, with the same Message-ID.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Session SESSION = Session.getInstance(new Properties());

    private final OutboxRepository outbox;
    private final RecipientAddresses addresses;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String instance;
    private final AtomicBoolean wardAddressWarned = new AtomicBoolean();

    @Autowired
    OutboxSender(OutboxRepository outbox, RecipientAddresses addresses, ObjectProvider<JavaMailSender> smtp,
            MailSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this(outbox, addresses, smtp, settings, clock, transactions, instanceName());
    }

    OutboxSender(OutboxRepository outbox, RecipientAddresses addresses, ObjectProvider<JavaMailSender> smtp,
            MailSettings settings, Clock clock, PlatformTransactionManager transactions, String instance) {
        this.outbox = outbox;
        this.addresses = addresses;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.instance = instance;
    }

    /** Whether this instance can send at all: a mail server and the ward's address. */
    public boolean ready() {
        return smtp.getIfAvailable() != null && !settings.wardAddressMissing();
    }

    /** One pass: sends every due message; returns how many were handed to SMTP and accepted. */
    public int sendDue() {
        JavaMailSender server = smtp.getIfAvailable();
        if (server == null) {
            return 0;
        }
        if (settings.wardAddressMissing()) {
            if (wardAddressWarned.compareAndSet(false, true)) {
                log.warn("Mail is not sent: akapen.mail.ward-address (AKAPEN_MAIL_WARD_ADDRESS) is not set, and every"
                        + " mail must go to the ward in Cc (seed E2). The outbox keeps the messages until it is set.");
            }
            return 0;
        }
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            List<Long> claimed = transaction.execute(
                    status -> outbox.claimDue(now, settings.batchSize(), instance, now.plus(settings.lease())));
            if (claimed == null || claimed.isEmpty()) {
                return sent;
            }
            long started = System.nanoTime();
            List<Prepared> batch = prepare(claimed);
            long prepared = System.nanoTime();
            // the rows of the batch this sender still holds, narrowed as each outcome renews the leases of the rest
            Set<Long> stillOurs = new HashSet<>(batch.stream().map(p -> p.pending().id()).toList());
            try (var connection = new SmtpBatch(server)) {
                for (int i = 0; i < batch.size(); i++) {
                    var one = batch.get(i);
                    if (!stillOurs.contains(one.pending().id())) {
                        continue; // our lease ran out and another sender took the row over
                    }
                    List<Long> rest = batch.subList(i + 1, batch.size()).stream().map(p -> p.pending().id())
                            .filter(stillOurs::contains).toList();
                    try {
                        sent += sendOne(connection, one, new Rest(rest, stillOurs)) ? 1 : 0;
                    } catch (RuntimeException e) {
                        log.error("Mail {} not sent ({}); it is due again when its lease runs out",
                                one.pending().id(), e.getClass().getSimpleName(), e);
                    }
                }
            }
            log.debug("Batch of {}: prepared in {} ms, sent and recorded in {} ms", claimed.size(),
                    (prepared - started) / 1_000_000, (System.nanoTime() - prepared) / 1_000_000);
        }
    }

    private record Prepared(OutboxRepository.Pending pending, List<Recipient> recipients) {
    }

    /**
     * Renews the leases of the claimed rows, counts the attempt and resolves the addresses (one audited vault read
     * per resident), in one transaction for the batch; row by row if that fails, so one bad row holds up no other.
     */
    private List<Prepared> prepare(List<Long> claimed) {
        List<Prepared> batch;
        try {
            batch = transaction.execute(status -> claimed.stream().map(this::prepareOne).filter(Objects::nonNull)
                    .toList());
        } catch (RuntimeException e) {
            log.warn("Preparing a batch of {} mails failed ({}); preparing them one by one", claimed.size(),
                    e.getClass().getSimpleName());
            batch = new ArrayList<>();
            for (long id : claimed) {
                try {
                    var one = transaction.execute(status -> prepareOne(id));
                    if (one != null) {
                        batch.add(one);
                    }
                } catch (RuntimeException single) {
                    log.error("Mail {} not prepared ({}); it is due again when its lease runs out", id,
                            single.getClass().getSimpleName(), single);
                }
            }
        }
        return batch;
    }

    private Prepared prepareOne(long id) {
        if (!outbox.renewLease(id, instance, clock.instant().plus(settings.lease()))) {
            return null;
        }
        var pending = outbox.pending(id).orElseThrow();
        return new Prepared(pending, addresses.resolve(pending.recipients()));
    }

    private boolean sendOne(SmtpBatch connection, Prepared prepared, Rest rest) {
        var pending = prepared.pending();
        long id = pending.id();
        boolean notice = pending.kind() == OutboxKind.NOTICE;
        if (!notice && !FourEyes.sendable(pending.draftedBy(), pending.approvedBy(), pending.approvalHash(),
                MailComposer.contentHash(pending.recipients(), pending.subject(), pending.body()))) {
            // the service never lets this happen; a row changed behind its back is not sent either (E4)
            log.warn("Mail {} refused before SMTP: its approval does not cover what it holds", id);
            finish(id, AttemptOutcome.REFUSED, null, MailComposer.APPROVAL_INVALID, rest);
            return false;
        }
        var draft = new MailDraft(settings.from(), settings.wardAddress(), prepared.recipients(),
                notice ? NoticeTemplate.SUBJECT : pending.subject(),
                notice ? NoticeTemplate.body(settings.portalUrl(), pending.link()) : pending.body(),
                pending.charset(), pending.messageId(), clock.instant());
        var built = ContractMailBuilder.build(SESSION, draft);
        if (built instanceof BuiltMail.Refused refused) {
            String error = refused.reason().messageKey() + (refused.accountId() == null ? "" : ":" + refused.accountId());
            log.warn("Mail {} refused before SMTP: {}", id, refused);
            finish(id, AttemptOutcome.REFUSED, null, error, rest);
            return false;
        }
        var ready = (BuiltMail.Ready) built;
        try {
            connection.send(ready.message());
        } catch (MailException e) {
            Failure failure = classify(e);
            log.warn("Mail {} not accepted by the SMTP server: {} ({})", id, failure.messageKey(),
                    e.getClass().getSimpleName());
            int attempts = pending.attempts() + 1;
            Instant next = failure.retry() && attempts < settings.maxAttempts()
                    ? clock.instant().plus(settings.retryAfter(attempts)) : null;
            finish(id, failure.retry() ? AttemptOutcome.RETRY : AttemptOutcome.REFUSED, next,
                    failure.messageKey() + (failure.retry() && next == null ? ":gave-up" : ""), rest);
            return false;
        }
        // the one moment a kill -9 can cost a second copy (same Message-ID): accepted by SMTP, not yet committed
        transaction.executeWithoutResult(status -> {
            if (!outbox.markSent(id, instance, clock.instant())) {
                log.warn("Mail {} was sent, but its lease had passed to another sender meanwhile", id);
            }
            outbox.attempt(id, clock.instant(), instance, AttemptOutcome.SENT, null);
            keepLeases(rest);
        });
        return true;
    }

    /** Renews the leases of the batch's rows still to send, in the transaction that records an outcome. */
    private void keepLeases(Rest rest) {
        if (rest.ids().isEmpty()) {
            return;
        }
        var ours = outbox.extendLeases(rest.ids(), instance, clock.instant().plus(settings.lease()));
        rest.stillOurs().retainAll(ours);
    }

    /** The rows of the batch after the one being sent, and those of the batch this sender still holds. */
    private record Rest(List<Long> ids, Set<Long> stillOurs) {
    }

    private void finish(long id, AttemptOutcome outcome, Instant next, String error, Rest rest) {
        transaction.executeWithoutResult(status -> {
            outbox.markFailed(id, instance, next, error);
            outbox.attempt(id, clock.instant(), instance, outcome, error);
            keepLeases(rest);
        });
    }

    /** {@code messageKey} is an i18n key; the exception's own message is never kept (it may name addresses). */
    record Failure(String messageKey, boolean retry) {
    }

    static Failure classify(MailException e) {
        if (e instanceof MailAuthenticationException) {
            return new Failure("mail.error.smtp-authentication", true);
        }
        if (e instanceof MailSendException send) {
            for (Exception failed : send.getFailedMessages().values()) {
                for (Throwable t = failed; t != null; t = t.getCause()) {
                    if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                            && refused.getInvalidAddresses().length > 0) {
                        return new Failure("mail.error.smtp-recipient-refused", false);
                    }
                }
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException) {
                return new Failure("mail.error.smtp-unreachable", true);
            }
            if (t instanceof MessagingException m && m.getNextException() instanceof java.io.IOException) {
                return new Failure("mail.error.smtp-unreachable", true);
            }
        }
        return new Failure("mail.error.smtp-failed", true);
    }

    String instance() {
        return instance;
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 80 ? name.substring(name.length() - 80) : name;
    }
}
