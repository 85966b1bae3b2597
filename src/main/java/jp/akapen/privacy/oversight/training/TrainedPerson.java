package jp.akapen.privacy.oversight.training;

import java.time.LocalDate;
import jp.akapen.shared.People;

/**
 * One of the contractor's people and their last training ({@code null}: none recorded); {@code current} is false
 * when it is older than the validity period (or missing), which the page flags.
 */
public record TrainedPerson(People.Person person, LocalDate lastTrainedOn, boolean current) {
}
