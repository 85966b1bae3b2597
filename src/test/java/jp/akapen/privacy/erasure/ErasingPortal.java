package jp.akapen.privacy.erasure;

import jp.akapen.AkapenApplication;
import org.springframework.boot.SpringApplication;

/**
 * The portal for the kill -9 test's child JVMs: {@link AkapenApplication} with the arguments given, and, with
 * {@code --erase.cohort}, {@code --erase.operator} and {@code --erase.validator}, once it has started, the one call
 * the ward's approval makes ({@code ErasureOnApproval}: {@link ErasureService#start}); the portal's own erasure job
 * then runs it. Prints "erasure recorded" when that call returned, "portal started" otherwise.
 */
public final class ErasingPortal {

    private ErasingPortal() {
    }

    public static void main(String[] args) {
        var context = SpringApplication.run(AkapenApplication.class, args);
        var env = context.getEnvironment();
        String cohort = env.getProperty("erase.cohort", "");
        if (cohort.isBlank()) {
            System.out.println("portal started");
        } else {
            context.getBean(ErasureService.class).start(Long.parseLong(cohort),
                    Long.parseLong(env.getProperty("erase.operator")), Long.valueOf(env.getProperty("erase.validator")));
            System.out.println("erasure recorded");
        }
        System.out.flush();
    }
}
