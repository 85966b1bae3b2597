package jp.akapen.privacy.oversight.incident;

import java.time.LocalDate;

/**
 * An incident as its reporter enters it: what happened, the day it was found, whose data (free text: no resident need
 * be picked), how many people, whether it is contained, what was done, and whether it is a case of wrongful purpose
 * (which gives the final report 60 days instead of 30).
 */
public record IncidentDraft(String whatHappened, LocalDate foundOn, String whoseData, Integer peopleAffected,
        boolean contained, String actionTaken, boolean wrongfulPurpose) {
}
