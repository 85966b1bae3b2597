package jp.akapen.mail.rules;

import java.nio.charset.Charset;

/** The body's character set: UTF-8, or ISO-2022-JP (JIS) for old Japanese mail clients. */
public enum BodyCharset {
    UTF_8("UTF-8"),
    ISO_2022_JP("ISO-2022-JP");

    private final String mimeName;

    BodyCharset(String mimeName) {
        this.mimeName = mimeName;
    }

    public String mimeName() {
        return mimeName;
    }

    /** Whether the text survives the trip: ISO-2022-JP lacks emoji, 𠮷, ① and more. */
    public boolean canCarry(String text) {
        return Charset.forName(mimeName).newEncoder().canEncode(text);
    }
}
