/**
 * The proofreading assistant (issue 16; W2): Japanese style, notation and clean-up rules and a check
 * from a gender-equality perspective, proposing suggestions a correction round turns into tracked changes.
 * The rules ({@link jp.akapen.proofreading.Proofreader} and the rule classes) are pure Java with Lucene Kuromoji
 * for morphology; {@link jp.akapen.proofreading.ProofreadingService} adds what the portal keeps: the house
 * dictionary as the contractor manager edits it, dismissed suggestions and each edition's allowed words.
 */
package jp.akapen.proofreading;
