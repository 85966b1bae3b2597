/**
 * The correction engine: which changes turn a resident's draft into the contractor's correction,
 * applying any chosen subset of them, and moving them onto a newer draft (W2). Pure Java, no framework.
 */
package jp.akapen.manuscript.diff;
