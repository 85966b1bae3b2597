package jp.akapen.manuscript;

/** 校了: the manuscript's latest version is final. */
public record ManuscriptFinal(long manuscriptId, Long articleId, int versionNumber) {
}
