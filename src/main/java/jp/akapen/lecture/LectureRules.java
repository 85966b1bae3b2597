package jp.akapen.lecture;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules a session's fields must keep, as i18n keys of the refusal (plain Java, tested on its own). The service
 * applies them to every change, so a page that skipped them would still be refused.
 */
final class LectureRules {

    static final int MAX_TITLE = 200;
    static final int MAX_PLACE = 300;
    static final int MAX_URL = 500;
    static final int MAX_AGENDA = 5000;
    static final int MAX_NOTE = 200;
    static final int MAX_CANCEL_REASON = 500;
    static final Duration LONGEST = Duration.ofHours(12);

    private LectureRules() {
    }

    /** The first rule {@code d} breaks, or empty; {@code isNew} also refuses a start in the past. */
    static Optional<String> refusal(LectureDraft d, Instant now, boolean isNew) {
        String title = d.title() == null ? "" : d.title().strip();
        if (d.kind() == null) {
            return Optional.of("lecture.refused.kind");
        }
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            return Optional.of("lecture.refused.title");
        }
        if (d.startsAt() == null || d.endsAt() == null) {
            return Optional.of("lecture.refused.times-missing");
        }
        if (!d.endsAt().isAfter(d.startsAt())) {
            return Optional.of("lecture.refused.end-before-start");
        }
        if (Duration.between(d.startsAt(), d.endsAt()).compareTo(LONGEST) > 0) {
            return Optional.of("lecture.refused.too-long");
        }
        if (isNew && d.startsAt().isBefore(now)) {
            return Optional.of("lecture.refused.start-past");
        }
        if (d.rsvpDeadline() == null) {
            return Optional.of("lecture.refused.deadline-missing");
        }
        if (d.rsvpDeadline().isAfter(d.startsAt())) {
            return Optional.of("lecture.refused.deadline-after-start");
        }
        boolean noPlace = blank(d.place());
        boolean noUrl = blank(d.onlineUrl());
        if (noPlace && noUrl) {
            return Optional.of("lecture.refused.where");
        }
        if (!noPlace && d.place().strip().length() > MAX_PLACE) {
            return Optional.of("lecture.refused.place-too-long");
        }
        if (!noUrl && (!d.onlineUrl().strip().startsWith("https://") || d.onlineUrl().strip().length() > MAX_URL
                || d.onlineUrl().strip().chars().anyMatch(Character::isWhitespace))) {
            return Optional.of("lecture.refused.url");
        }
        if (d.capacity() != null && d.capacity() < 1) {
            return Optional.of("lecture.refused.capacity");
        }
        if (d.agenda() != null && d.agenda().length() > MAX_AGENDA) {
            return Optional.of("lecture.refused.agenda-too-long");
        }
        return Optional.empty();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
