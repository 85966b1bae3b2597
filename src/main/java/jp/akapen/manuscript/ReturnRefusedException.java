package jp.akapen.manuscript;

/** A round that cannot be returned yet, with everything that has to be fixed first. */
public class ReturnRefusedException extends ManuscriptException {

    private final transient ReturnBlockers blockers;

    public ReturnRefusedException(ReturnBlockers blockers) {
        super(blockers.messageKey());
        this.blockers = blockers;
    }

    public ReturnBlockers blockers() {
        return blockers;
    }
}
