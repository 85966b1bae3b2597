package jp.akapen.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sender every akapen.mail.send-every on each instance; instances share the work safely (SKIP LOCKED and
 * leases, see {@link OutboxSender}). akapen.mail.sender-enabled=false stops this instance sending (tests drive their
 * own senders).
 */
@Component
class OutboxSchedule {

    private final OutboxSender sender;
    private final boolean enabled;

    OutboxSchedule(OutboxSender sender, @Value("${akapen.mail.sender-enabled:true}") boolean enabled) {
        this.sender = sender;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${akapen.mail.send-every:PT3S}", initialDelayString = "${akapen.mail.send-every:PT3S}")
    void run() {
        if (enabled) {
            sender.sendDue();
        }
    }
}
