package jp.akapen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test setup: the whole application on a throw-away embedded MariaDB (or
 * AKAPEN_DB_URL), with demo data and a clock tests can move. Every Spring test uses exactly this,
 * so the context (and the database) is built once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(TestSupport.class)
public @interface AkapenSpringTest {
}
