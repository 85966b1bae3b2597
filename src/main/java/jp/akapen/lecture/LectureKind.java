package jp.akapen.lecture;

/** 講座 (an editing lecture) or 会議 (an editorial meeting). */
public enum LectureKind {
    LECTURE,
    MEETING
}
