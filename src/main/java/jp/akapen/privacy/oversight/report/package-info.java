/**
 * Handling-status reports on the ward's request (特記事項14, seed O1; issue 15 item 1): ward staff ask, the handling
 * manager answers with the portal's report (PDF and CSV made of the {@link jp.akapen.privacy.oversight.ReportSection}
 * beans), overdue requests are flagged once.
 */
package jp.akapen.privacy.oversight.report;
