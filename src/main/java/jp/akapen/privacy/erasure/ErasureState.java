package jp.akapen.privacy.erasure;

/** Where a cohort's erasure stands: recorded, under way (possibly interrupted), or done. */
public enum ErasureState {
    PENDING,
    RUNNING,
    DONE
}
