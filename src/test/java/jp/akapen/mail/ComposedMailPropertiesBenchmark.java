package jp.akapen.mail;

import jp.akapen.mail.ComposedMailPropertiesTest.Scenario;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 12's figure: the property of {@link ComposedMailPropertiesTest} at 1,000 randomly composed mails (the suite
 * runs 100). Not part of the normal test run (no "Test" suffix): {@code .ci/mvn -o test
 * -Dtest=ComposedMailPropertiesBenchmark}; prints its time.
 */
class ComposedMailPropertiesBenchmark {

    static long started;

    final ComposedMailPropertiesTest property = new ComposedMailPropertiesTest();

    ComposedMailPropertiesBenchmark() throws Exception {
    }

    @BeforeContainer
    static void startSmtp() {
        ComposedMailPropertiesTest.startSmtp();
        started = System.nanoTime();
    }

    @AfterContainer
    static void stopSmtp() {
        System.out.printf("ComposedMailPropertiesBenchmark: 1,000 tries in %.1f s; load average %.2f%n",
                (System.nanoTime() - started) / 1e9,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ComposedMailPropertiesTest.stopSmtp();
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return property.scenarios();
    }

    @Property(tries = 1000)
    void a_thousand_composed_mails_keep_residents_hidden_the_ward_in_cc_and_four_eyes_on_their_content(
            @ForAll("scenarios") Scenario scenario) throws Exception {
        property.check(scenario);
    }
}
