/**
 * Turning an uploaded draft file (.md, .txt, .docx) into checked text (W1): encodings, limits, refusals.
 * Pure Java, no Spring, Vaadin or jOOQ; the upload view and the draft service call {@link DraftFileReader}.
 */
package jp.akapen.manuscript.text;
