package jp.akapen.privacy.oversight.training;

import java.time.LocalDate;
import java.util.Set;

/**
 * A training session as entered: the day it was held, its subject, the material (a text, and optionally a link or a
 * file's name) and the account ids of those who attended.
 */
public record TrainingDraft(LocalDate heldOn, String subject, String material, String materialLink, Set<Long> attendees) {

    public TrainingDraft {
        attendees = attendees == null ? Set.of() : Set.copyOf(attendees);
    }
}
