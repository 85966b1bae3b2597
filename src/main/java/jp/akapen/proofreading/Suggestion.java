package jp.akapen.proofreading;

import java.util.List;

/**
 * One finding in a text: {@code start}–{@code end} (UTF-16 offsets, end exclusive) hold {@code found}.
 * An empty {@code replacements} list means advice only: no one-click fix. An empty string among the
 * replacements means "delete". {@code message} is Japanese, then English after " / ".
 */
public record Suggestion(String ruleId, Category category, int start, int end, String found,
                         List<String> replacements, String message, String source) {

    public Suggestion {
        replacements = List.copyOf(replacements);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad range " + start + "–" + end);
        }
    }

    static Suggestion of(String ruleId, Draft draft, int start, int end, List<String> replacements,
                         String message, String source) {
        return new Suggestion(ruleId, Category.ofRuleId(ruleId), start, end, draft.text().substring(start, end),
                replacements, message, source);
    }

    public boolean adviceOnly() {
        return replacements.isEmpty();
    }

    /** Keeps the resident's words (found text, replacements) out of logs. */
    @Override
    public String toString() {
        return "Suggestion[" + ruleId + " " + start + "–" + end + (adviceOnly() ? " advice" : " fix") + "]";
    }

    /** The text with this suggestion's first alternative applied. */
    public String applyTo(String text) {
        if (adviceOnly()) {
            return text;
        }
        return text.substring(0, start) + replacements.getFirst() + text.substring(end);
    }
}
