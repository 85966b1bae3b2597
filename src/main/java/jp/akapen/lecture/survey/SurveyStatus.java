package jp.akapen.lecture.survey;

/**
 * Where a survey stands. OPEN means the attendees may answer from the end of the session until the closing day;
 * AWAITING_WARD means screening found something (P7) and nothing can open it but the ward's approval.
 */
public enum SurveyStatus {
    DRAFT,
    AWAITING_WARD,
    OPEN
}
