package jp.akapen.mail;

import java.time.Duration;
import jp.akapen.mail.rules.BodyCharset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mail settings (README, "Mail"). The ward's correspondence address has no default: without it nothing is sent
 * (seed E2), and the outbox page and the log say so.
 */
@Component
public class MailSettings {

    private final String wardAddress;
    private final String from;
    private final String portalUrl;
    private final BodyCharset charset;
    private final int batchSize;
    private final Duration lease;
    private final int maxAttempts;
    private final Duration firstRetry;

    MailSettings(@Value("${akapen.mail.ward-address:}") String wardAddress,
            @Value("${akapen.mail.from:}") String from,
            @Value("${akapen.mail.portal-url:http://localhost:8080}") String portalUrl,
            @Value("${akapen.mail.charset:UTF_8}") BodyCharset charset,
            @Value("${akapen.mail.batch-size:20}") int batchSize,
            @Value("${akapen.mail.lease:PT2M}") Duration lease,
            @Value("${akapen.mail.max-attempts:8}") int maxAttempts,
            @Value("${akapen.mail.first-retry:PT30S}") Duration firstRetry) {
        this.wardAddress = wardAddress.strip();
        this.from = from.strip();
        this.portalUrl = portalUrl.strip().replaceAll("/+$", "");
        this.charset = charset;
        this.batchSize = batchSize;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
    }

    /** The ward's correspondence address, Cc on every mail; blank when not set. */
    public String wardAddress() {
        return wardAddress;
    }

    public boolean wardAddressMissing() {
        return wardAddress.isEmpty();
    }

    /** The From address: akapen.mail.from, or the ward's address when that is not set. */
    public String from() {
        return from.isEmpty() ? wardAddress : from;
    }

    public String portalUrl() {
        return portalUrl;
    }

    public BodyCharset charset() {
        return charset;
    }

    int batchSize() {
        return batchSize;
    }

    Duration lease() {
        return lease;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The wait after the n-th failed attempt: first-retry, doubling, at most an hour. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }
}
