package jp.akapen.manuscript.diff;

import java.util.List;

/** For the benchmark: the changes as they were before whole words (step 7 of {@link CorrectionDiff}), to compare sizes. */
public final class CharacterLevel {

    private CharacterLevel() {
    }

    public static List<Change> between(String base, String corrected) {
        return CorrectionDiff.between(base, corrected, false);
    }
}
