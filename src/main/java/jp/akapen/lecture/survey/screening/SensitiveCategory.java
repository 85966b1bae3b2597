package jp.akapen.lecture.survey.screening;

/** What seed P7 forbids collecting without the ward's consent. */
public enum SensitiveCategory {
    /** 思想・信条・宗教 */
    BELIEF,
    /** 社会的差別の原因となる事実: origin, family register, race, disability, illness, sexual orientation, gender identity… */
    DISCRIMINATION,
    /** 犯罪 */
    CRIME
}
