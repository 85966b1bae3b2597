package jp.akapen.privacy.vault;

import jp.akapen.privacy.vault.crypto.MasterKey;
import org.springframework.context.ApplicationContext;

/** For tests outside the vault's package: the running portal's rotation, as the rotate-master-key command runs it. */
public final class PortalRotation {

    private PortalRotation() {
    }

    /** @return how many data keys were re-wrapped under {@code target} */
    public static int rotateTo(ApplicationContext context, MasterKey target) {
        var result = context.getBean(MasterKeyRotation.class).rotateTo(target, n -> { });
        if (result.remaining() != 0) {
            throw new IllegalStateException(result.remaining() + " keys left under another master key");
        }
        return result.rewrapped();
    }
}
