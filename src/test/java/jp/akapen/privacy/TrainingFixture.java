package jp.akapen.privacy;

import static jp.akapen.db.Tables.TRAINING_ATTENDANCE;
import static jp.akapen.db.Tables.TRAINING_SESSION;

import java.time.Clock;
import java.time.LocalDate;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test-only: a training session held yesterday (by the application's clock) for the given accounts, written straight
 * into the training tables, so that tests about designations meet the training rule (O3) without going through the
 * training page. Tests of the rule itself leave their people untrained.
 */
public final class TrainingFixture {

    private TrainingFixture() {
    }

    public static void train(ApplicationContext context, long... accountIds) {
        DSLContext db = context.getBean(DSLContext.class);
        Clock clock = context.getBean(Clock.class);
        long manager = ((PortalUser) context.getBean(UserDetailsService.class).loadUserByUsername("manager")).id();
        LocalDate yesterday = JapaneseDates.today(clock).minusDays(1);
        long session = db.insertInto(TRAINING_SESSION)
                .set(TRAINING_SESSION.HELD_ON, yesterday)
                .set(TRAINING_SESSION.SUBJECT, "テスト用の研修")
                .set(TRAINING_SESSION.MATERIAL, "テストのための記録")
                .set(TRAINING_SESSION.RECORDED_BY, manager)
                .set(TRAINING_SESSION.RECORDED_AT, clock.instant())
                .returningResult(TRAINING_SESSION.ID).fetchOne(r -> r.value1());
        for (long id : accountIds) {
            db.insertInto(TRAINING_ATTENDANCE).set(TRAINING_ATTENDANCE.SESSION_ID, session)
                    .set(TRAINING_ATTENDANCE.ACCOUNT_ID, id).execute();
        }
    }
}
