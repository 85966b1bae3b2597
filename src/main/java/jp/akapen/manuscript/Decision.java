package jp.akapen.manuscript;

public enum Decision {
    PENDING, ACCEPTED, REJECTED
}
