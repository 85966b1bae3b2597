/**
 * The ward's annual audit of the contractor (特記事項15-17, seed O2; issue 15 item 2): a checklist shipped as data
 * ({@link jp.akapen.privacy.oversight.inspection.Checklist}) with links to the portal's evidence, results per item,
 * the audit chain verified for the audit, findings with corrective actions tracked to closure, and a notice when a
 * fiscal year reaches its last quarter without an audit.
 */
package jp.akapen.privacy.oversight.inspection;
