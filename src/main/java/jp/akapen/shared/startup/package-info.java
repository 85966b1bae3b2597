/** What the portal does before it serves anyone: the readiness gate (pages only once start-up work is done). */
package jp.akapen.shared.startup;
