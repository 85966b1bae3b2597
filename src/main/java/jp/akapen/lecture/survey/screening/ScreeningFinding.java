package jp.akapen.lecture.survey.screening;

/**
 * Why a survey question needs the ward's consent before it may be asked (seed P7).
 *
 * @param matched the words of the question that matched, as written in it
 * @param explanation one sentence for the ward, in Japanese, on what the words touch (for a topic word such as 宗教法人,
 *        that the question may be about the topic rather than the person's own belief)
 */
public record ScreeningFinding(SensitiveCategory category, String matched, String explanation) {
}
