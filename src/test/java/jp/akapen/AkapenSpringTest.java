package jp.akapen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test setup: the whole application on a throw-away embedded MariaDB (or
 * AKAPEN_DB_URL), served on a random port for browser tests, with demo data and a clock tests can
 * move; whoever a test signs in as is signed out after it. Every Spring test uses exactly this, so the context is built once per run. (A second
 * context would also install a second Vaadin security-context strategy globally, and tests after
 * it would sign in on the wrong one.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// the periodic reminders stay out of the way: tests call them with the clock where they want it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"akapen.lecture.reminder-every=PT24H", "akapen.retention.check-cron=-", "akapen.incident.reminder-cron=-"})
@Import(TestSupport.class)
@ExtendWith(TestSupport.SignOutAfterEach.class)
public @interface AkapenSpringTest {
}
