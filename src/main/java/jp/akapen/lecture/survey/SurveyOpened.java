package jp.akapen.lecture.survey;

import java.time.Instant;
import java.time.LocalDate;

/** A survey may now be answered by the session's attendees from {@code from} to {@code closesOn} (for reminders). */
public record SurveyOpened(long surveyId, long sessionId, Instant from, LocalDate closesOn) {
}
