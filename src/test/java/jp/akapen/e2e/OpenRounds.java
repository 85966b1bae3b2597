package jp.akapen.e2e;

import java.time.LocalDate;
import jp.akapen.TestSupport;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Round 1 opened by handler1 on a resident's first draft, made through the services as the people would. */
final class OpenRounds {

    private OpenRounds() {
    }

    /** @return the manuscript's id; nobody is signed in afterwards */
    static long onDraft(UserDetailsService users, ManuscriptService manuscripts, CorrectionService corrections,
            String resident, String title, String draft) {
        long residentId = ((PortalUser) users.loadUserByUsername(resident)).id();
        TestSupport.signIn(users, "ward1");
        long id = manuscripts.assign(title, residentId, null).id();
        TestSupport.signIn(users, resident);
        manuscripts.saveDraft(id, 0, draft, VersionOrigin.DRAFT, null, null);
        TestSupport.signIn(users, "handler1");
        corrections.openRound(id, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        TestSupport.signOut();
        return id;
    }
}
