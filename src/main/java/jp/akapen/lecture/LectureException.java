package jp.akapen.lecture;

import java.util.List;

/** A refusal the page shows in place: {@code getMessage()} is an i18n key, {@code args} fill it. */
public class LectureException extends RuntimeException {

    private final transient List<String> args;

    public LectureException(String messageKey, String... args) {
        super(messageKey);
        this.args = List.of(args);
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args.toArray();
    }
}
