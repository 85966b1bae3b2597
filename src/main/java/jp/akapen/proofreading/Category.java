package jp.akapen.proofreading;

/** The reason a suggestion gives; a tracked change made from it keeps the same category. */
public enum Category {
    STYLE,
    NOTATION,
    CLEANUP,
    GENDER_PERSPECTIVE;

    static Category ofRuleId(String ruleId) {
        String prefix = ruleId.substring(0, ruleId.indexOf('.'));
        return switch (prefix) {
            case "style" -> STYLE;
            case "notation" -> NOTATION;
            case "cleanup" -> CLEANUP;
            case "gender" -> GENDER_PERSPECTIVE;
            default -> throw new IllegalArgumentException("Rule id without a known category: " + ruleId);
        };
    }
}
