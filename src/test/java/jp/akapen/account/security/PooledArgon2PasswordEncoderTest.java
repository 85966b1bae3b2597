package jp.akapen.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Issue 17, P3: the pooled Argon2id encoder is Spring's in all a stored hash can tell, without 16 MiB per sign-in. */
class PooledArgon2PasswordEncoderTest {

    private final PooledArgon2PasswordEncoder pooled = new PooledArgon2PasswordEncoder();
    private final Argon2PasswordEncoder spring = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Test
    void a_hash_made_by_springs_encoder_signs_in_here_and_one_made_here_signs_in_with_spring() {
        String password = "赤ペンの合言葉 correct horse";
        String bySpring = spring.encode(password);
        String here = pooled.encode(password);

        assertThat(pooled.matches(password, bySpring)).isTrue();
        assertThat(spring.matches(password, here)).isTrue();
        assertThat(here).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(pooled.upgradeEncoding(bySpring)).as("Spring's hash has today's settings").isFalse();
    }

    @Test
    void a_wrong_password_or_one_character_more_does_not_match() {
        String hash = pooled.encode("akapen-demo");

        assertThat(pooled.matches("akapen-demo", hash)).isTrue();
        assertThat(pooled.matches("akapen-dem0", hash)).isFalse();
        assertThat(pooled.matches("akapen-demo ", hash)).isFalse();
        assertThat(pooled.matches("", hash)).isFalse();
    }

    @Test
    void two_hashes_of_one_password_differ_by_their_salt() {
        assertThat(pooled.encode("akapen-demo")).isNotEqualTo(pooled.encode("akapen-demo"));
    }

    @Test
    void a_hash_that_cannot_be_read_matches_nothing_and_asks_for_a_new_one() {
        for (String broken : List.of("", "$argon2id$", "$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$",
                "$argon2id$v=19$m=16384,t=0,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", "$argon2id$v=18$m=16384,t=2,p=1$c2FsdA$aGFzaA",
                "$argon2id$v=19$m=99999999999,t=2,p=1$c2FsdA$aGFzaA", "$2a$10$notargon")) {
            assertThat(pooled.matches("akapen-demo", broken)).as(broken).isFalse();
            if (!broken.isEmpty()) { // an empty hash is Spring's to judge: nothing to upgrade
                assertThat(pooled.upgradeEncoding(broken)).as(broken).isTrue();
            }
        }
    }

    @Test
    void a_hash_with_less_memory_than_todays_is_made_again_at_the_next_sign_in() {
        String weaker = new Argon2PasswordEncoder(16, 32, 1, 1 << 12, 3).encode("akapen-demo");

        assertThat(pooled.matches("akapen-demo", weaker)).isTrue();
        assertThat(pooled.upgradeEncoding(weaker)).isTrue();
    }

    @Test
    void sign_ins_at_the_same_moment_share_the_pool_and_each_gets_its_own_answer() throws Exception {
        String hash = pooled.encode("akapen-demo");
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String typed = i % 2 == 0 ? "akapen-demo" : "akapen-demo-" + i;
            attempts.add(() -> pooled.matches(typed, hash));
        }
        try (var threads = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> answers = threads.invokeAll(attempts);
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).as("attempt " + i).isEqualTo(i % 2 == 0);
            }
        }
    }

    @Test
    void a_sign_in_after_the_first_allocates_well_under_a_megabyte_where_spring_allocates_sixteen() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        String hash = pooled.encode("akapen-demo");
        pooled.matches("akapen-demo", hash);

        long before = threads.getThreadAllocatedBytes(id);
        assertThat(pooled.matches("akapen-demo", hash)).isTrue();
        long pooledBytes = threads.getThreadAllocatedBytes(id) - before;

        before = threads.getThreadAllocatedBytes(id);
        assertThat(spring.matches("akapen-demo", hash)).isTrue();
        long springBytes = threads.getThreadAllocatedBytes(id) - before;

        assertThat(pooledBytes).as("bytes allocated by one pooled sign-in").isLessThan(1 << 20);
        assertThat(springBytes).as("bytes allocated by Spring's encoder").isGreaterThan(16L << 20);
    }
}
