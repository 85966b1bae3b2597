/**
 * Pure progress logic of the edition area (W5, W6): an article's stage and next due date, correction
 * turnaround figures and CSV export. No Spring, Vaadin or jOOQ; reads only the manuscript area's records.
 * Its types are part of the edition area's public surface (the schedule's milestone kinds, stages).
 */
@NamedInterface("progress")
package jp.akapen.edition.progress;

import org.springframework.modulith.NamedInterface;
