package jp.akapen.privacy.erasure;

import java.util.List;

/**
 * One category of a cohort's personal data that an area knows how to erase (seed D1; issue 14). Declared as a bean in
 * the area that owns the tables (its repository does the SQL), found by the {@link ErasureService}, and run in the
 * order of Spring's {@code @Order}; the vault's own steps, which destroy the key and the sealed values, come last
 * ({@code @Order} 1000 and up), so the verification scan can still read the values it searches for. Both methods run in the engine's transaction; they must be idempotent: what was
 * erased is not counted as remaining and is never returned again, so a batch cut short by a crash is simply done anew.
 */
public interface CohortDataEraser {

    /** A short identifier ({@code [a-z][a-z0-9_]*}, at most 40): the step's name in the ledger and on the certificate. */
    String category();

    /** How many records of the cohort this category still holds (0 once erased; more again after a restored backup). */
    long remaining(ErasureScope scope);

    /**
     * Erases (deletes or anonymises) at most {@code limit} records of the cohort.
     *
     * @return the ids of the records erased by this call, no personal data ({@code mail:12}, {@code note:3-45});
     *     empty when nothing remains
     */
    List<String> eraseBatch(ErasureScope scope, int limit);

    /**
     * The tables whose rows this category deletes or overwrites: rebuilt before the verification scans the database's
     * files, so that rows just deleted do not linger in their pages.
     */
    default java.util.Set<String> tables() {
        return java.util.Set.of();
    }

    /**
     * True for the steps after which the erased values can no longer be read (the vault's key and entries): the
     * verification scan runs once, before the first of them.
     */
    default boolean destroysTheValues() {
        return false;
    }
}
