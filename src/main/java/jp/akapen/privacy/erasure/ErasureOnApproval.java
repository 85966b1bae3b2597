package jp.akapen.privacy.erasure;

import jp.akapen.privacy.retention.ErasureApproved;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once the erasure of a cohort is approved and that approval has committed (D1, issue 14 item 3), records the
 * erasure for the job to run: the manager who confirmed answers for it (取扱責任者), the ward staff member who
 * approved validates it (none when the grace period approved it). A rolled-back approval erases nothing.
 */
@Component
class ErasureOnApproval {

    private final ErasureService erasures;

    ErasureOnApproval(ErasureService erasures) {
        this.erasures = erasures;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onApproved(ErasureApproved approved) {
        erasures.start(approved.cohortId(), approved.confirmedBy(), approved.approvedBy());
    }
}
