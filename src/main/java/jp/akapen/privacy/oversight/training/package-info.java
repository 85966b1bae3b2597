/**
 * Personal-data training of the contractor's people (seed O3; issue 15 item 3): sessions, attendees, each person's
 * last training and its validity ({@code akapen.training.valid-for}). A named interface: the handler register asks
 * {@link jp.akapen.privacy.oversight.training.TrainingRecords} before a designation, and the demo records a session.
 */
@NamedInterface("training")
package jp.akapen.privacy.oversight.training;

import org.springframework.modulith.NamedInterface;
