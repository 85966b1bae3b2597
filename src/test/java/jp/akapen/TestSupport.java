package jp.akapen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

    /** The application's clock in tests: the real time until a test moves it. */
    public static final class MovableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
        private final Clock base = Clock.system(ZoneId.of("Asia/Tokyo"));

        public void advance(Duration by) {
            offset.accumulateAndGet(by, Duration::plus);
        }

        public void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        /** The same moved time seen in another zone (e.g. Tokyo days for the handler register). */
        @Override
        public Clock withZone(ZoneId zone) {
            MovableClock self = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return self.withZone(other);
                }

                @Override
                public Instant instant() {
                    return self.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return base.instant().plus(offset.get());
        }
    }

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    /** Acts as a demo user for service calls (Spring Security context of this thread). */
    public static UserDetails signIn(UserDetailsService users, String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    /**
     * The schema owner's connections (a database administrator, who migrates); the application's own
     * where the tests cannot have the owner's (an external AKAPEN_DB_URL without spring.flyway.user).
     */
    public static DataSource owner(ApplicationContext context) {
        try {
            return BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getAutowireCapableBeanFactory(),
                    DataSource.class, "ownerDataSource");
        } catch (NoSuchBeanDefinitionException e) {
            var environment = context.getEnvironment();
            String owner = environment.getProperty("spring.flyway.user", "");
            if (owner.isBlank()) {
                return context.getBean(DataSource.class);
            }
            return new DriverManagerDataSource(environment.getProperty("akapen.db.url"), owner,
                    environment.getProperty("spring.flyway.password", ""));
        }
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Part of {@link AkapenSpringTest}: no test leaves a signed-in user to the next. */
    public static final class SignOutAfterEach implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            signOut();
        }
    }

    /**
     * Makes something for the next fiscal year in {@code years} that no other test class took (they share one database,
     * and some pick their years at random): {@code create} is tried year after year while the year is taken.
     */
    public static <T> T freeYear(java.util.concurrent.atomic.AtomicInteger years, java.util.function.IntFunction<T> create) {
        while (true) {
            int year = years.getAndIncrement();
            try {
                return create.apply(year);
            } catch (jp.akapen.edition.EditionException taken) {
                if (!"edition.error.fiscal-year-taken".equals(taken.messageKey())) {
                    throw taken;
                }
            }
        }
    }
}
