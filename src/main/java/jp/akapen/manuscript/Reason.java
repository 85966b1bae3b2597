package jp.akapen.manuscript;

/** Why a change was made; the categories the contractor's editors use. */
public enum Reason {
    /** 誤字・脱字 */
    TYPO,
    /** 表記の統一 */
    CONSISTENCY,
    /** 事実確認 */
    FACT_CHECK,
    /** 文体・表現 */
    STYLE,
    /** 男女共同参画の視点 */
    GENDER_PERSPECTIVE,
    /** その他 */
    OTHER
}
