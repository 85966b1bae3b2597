/**
 * Residents' personal data (seed P1–P11): kept apart from everything else, read only here, and
 * every read or change logged with who, when and which fields. Elsewhere a resident is an id and a
 * pen name.
 */
package jp.akapen.privacy;
