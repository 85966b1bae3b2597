package jp.akapen.privacy.erasure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs recorded and interrupted erasures every {@code akapen.erasure.run-every} (default a minute) on each instance;
 * the runs' claims keep two instances off one run.
 */
@Component
class ErasureJob {

    private static final Logger log = LoggerFactory.getLogger(ErasureJob.class);

    private final ErasureRun run;

    ErasureJob(ErasureRun run) {
        this.run = run;
    }

    @Scheduled(fixedDelayString = "${akapen.erasure.run-every:PT1M}", initialDelayString = "${akapen.erasure.run-every:PT1M}")
    void runPending() {
        try {
            run.runPending(ErasureRun.Hook.NONE);
        } catch (RuntimeException e) {
            log.error("An erasure stopped before it finished; it resumes at the next run", e);
        }
    }
}
