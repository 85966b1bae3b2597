/**
 * Lectures and editorial meetings (issue 13; seed W3, W4, P6, P7): sessions of a cohort, invitations under the mail
 * rules, RSVP, reminders, attendance, and surveys whose sensitive questions wait for the ward's consent
 * ({@code survey.screening}). Depends on {@code edition} (cohorts) and {@code mail}; residents appear by account id
 * and pen name only.
 */
package jp.akapen.lecture;
