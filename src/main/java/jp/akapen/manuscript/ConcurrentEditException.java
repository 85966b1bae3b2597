package jp.akapen.manuscript;

/** Someone saved the same text since this editor loaded it; nothing was overwritten. */
public class ConcurrentEditException extends ManuscriptException {

    public ConcurrentEditException() {
        super("manuscript.error.concurrent-edit");
    }
}
