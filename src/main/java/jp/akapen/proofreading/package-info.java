/**
 * The proofreading assistant (issue 16; W2): Japanese style, notation and clean-up rules and a check
 * from a gender-equality perspective, proposing suggestions a correction round can turn into tracked changes.
 * Pure Java with Lucene Kuromoji for morphology; no Spring, no Vaadin, no database.
 */
package jp.akapen.proofreading;
