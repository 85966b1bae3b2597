/**
 * The ward's supervision of the contractor (seed O1–O5, P2; issue 15): one sub-package per capability, each with its
 * own {@code ui}: {@code training} (personal-data training of contractor staff, O3), {@code incident} (incident reports
 * and their APPI deadlines, O4, O5), {@code report} (handling-status reports on the ward's request, O1) and
 * {@code inspection} (the annual audit's checklist, findings and corrective actions, O2). A handling-status report is
 * made of {@link jp.akapen.privacy.oversight.ReportSection} beans, so each capability adds its own part.
 */
package jp.akapen.privacy.oversight;
