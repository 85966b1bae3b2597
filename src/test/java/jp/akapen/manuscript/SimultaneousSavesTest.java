package jp.akapen.manuscript;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two handlers saving at the same moment on two different rounds (seed W2; found by issue 17's load test): each save
 * must go through. The first save of a new round once ended in a MariaDB deadlock, as both saves deleted their rounds'
 * (empty) change ranges, took gap locks on the same gap and then waited on each other's insert.
 */
@AkapenSpringTest
class SimultaneousSavesTest {

    private static final int PAIRS = 12;

    @Autowired
    ManuscriptService manuscripts;
    @Autowired
    CorrectionService corrections;
    @Autowired
    UserDetailsService users;

    @Test
    void first_saves_of_two_new_rounds_at_the_same_moment_both_go_through() throws Exception {
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < 2 * PAIRS; i++) {
            signIn(users, "ward1");
            long manuscript = manuscripts.assign("同時に保存する原稿 " + i, resident1, null).id();
            signIn(users, "resident1");
            manuscripts.saveDraft(manuscript, 0, CorrectionFlowTest.DRAFT, VersionOrigin.DRAFT, null, null);
            signIn(users, "handler1");
            rounds.add(corrections.openRound(manuscript, LocalDate.now(JapaneseDates.ZONE).plusDays(7)));
        }
        TestSupport.signOut();

        String corrected = CorrectionFlowTest.DRAFT.replace("八時", "8時").replace("母親ばかり", "母親がほとんど");
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            for (int pair = 0; pair < PAIRS; pair++) {
                var together = new CyclicBarrier(2);
                List<Future<Round>> saves = new ArrayList<>();
                for (var round : rounds.subList(2 * pair, 2 * pair + 2)) {
                    saves.add(two.submit(() -> {
                        signIn(users, round.id() % 2 == 0 ? "handler1" : "handler2");
                        try {
                            together.await();
                            return corrections.saveCorrection(round.id(), round.lockVersion(), corrected);
                        } finally {
                            TestSupport.signOut();
                        }
                    }));
                }
                for (var save : saves) {
                    assertThat(save.get().changes()).as("pair " + pair).hasSize(2);
                }
            }
        }
    }
}
