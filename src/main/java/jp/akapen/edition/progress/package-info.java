/**
 * Pure progress logic of the edition area (W5, W6): an article's stage and next due date, correction
 * turnaround figures and CSV export. No Spring, Vaadin or jOOQ; reads only the manuscript area's records.
 */
package jp.akapen.edition.progress;
