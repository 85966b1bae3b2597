package jp.akapen.proofreading;

import java.util.List;

/** One row of an editable term list: what to look for, what to offer, why, and an example before and after. */
record TermEntry(String ruleId, TermPattern pattern, List<String> alternatives, boolean fix, String message,
                 String exampleBefore, String exampleAfter) {
}
