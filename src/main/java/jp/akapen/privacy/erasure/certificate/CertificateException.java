package jp.akapen.privacy.erasure.certificate;

/** A certificate step refused, with the i18n key of the reason shown in place. */
public class CertificateException extends RuntimeException {

    private final String messageKey;

    public CertificateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
