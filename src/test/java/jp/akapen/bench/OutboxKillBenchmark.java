package jp.akapen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jp.akapen.AkapenSpringTest;
import jp.akapen.mail.TwoInstancesAndAKill;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 12's figure: two instances, 1,000 mails, kill -9 of one in the middle (the suite runs 200 in
 * {@code OutboxKillTest}). Not part of the normal test run (no "Test" suffix):
 * {@code .ci/mvn -o test -Dtest=OutboxKillBenchmark}. Prints its figures; asserts none lost.
 */
@AkapenSpringTest
class OutboxKillBenchmark {

    @Autowired
    ApplicationContext context;

    @Test
    void a_thousand_mails_with_one_of_two_instances_killed_mid_run() throws Exception {
        var result = TwoInstancesAndAKill.run(context, 1000);

        System.out.printf("OutboxKillBenchmark: %d mails; the child started in %.1f s and sent %d before the kill;"
                + " the survivor %d; all sent %.1f s after queueing; %d Message-IDs arrived once, %d twice %s (held"
                + " by the killed instance: %d); %d lost; load average %.2f%n", result.mails(),
                result.childStartSeconds(), result.sentByChild(), result.sentBySurvivor(), result.sendSeconds(),
                result.copies().values().stream().filter(n -> n == 1).count(), result.duplicates().size(),
                result.duplicates(), result.heldByTheKilled().size(), result.lost(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(result.lost()).isZero();
        assertThat(result.notSent()).isZero();
        assertThat(result.duplicates()).allMatch(result.heldByTheKilled()::contains);
    }
}
