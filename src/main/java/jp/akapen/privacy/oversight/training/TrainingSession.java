package jp.akapen.privacy.oversight.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.akapen.shared.People;

/** A recorded training session, with its attendees by name, and who recorded it when. */
public record TrainingSession(long id, LocalDate heldOn, String subject, String material, String materialLink,
        List<People.Person> attendees, String recordedByName, Instant recordedAt) {

    public TrainingSession {
        attendees = List.copyOf(attendees);
    }
}
