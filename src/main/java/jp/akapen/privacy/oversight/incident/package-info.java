/**
 * Incident reports and their follow-up (seed O4, O5; issue 15 item 4): the report anyone signed in files, the APPI
 * deadlines ({@link jp.akapen.privacy.oversight.incident.IncidentDeadlines}), the manager's reports to the ward, the
 * ward's guidance, publication decisions and damages, the daily reminder of passed deadlines, and closing.
 */
package jp.akapen.privacy.oversight.incident;
