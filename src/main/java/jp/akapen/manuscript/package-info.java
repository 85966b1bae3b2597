/**
 * Drafts, immutable versions, correction rounds (初校・再校…), tracked changes with reasons, the
 * resident's decisions and replies (seed W1, W2). Knows articles by id only; never imports edition.
 */
package jp.akapen.manuscript;
