package jp.akapen.manuscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.junit.jupiter.api.Test;

/** Which upload limit a refused request broke, as the container and Vaadin report it (W1, issue 22). */
class UploadLimitsTest {

    @Test
    void a_body_the_container_found_too_large_is_too_large_with_413() {
        var failure = new IllegalStateException(new FileSizeLimitExceededException("too big", 3_500_000, 3_145_728));

        assertThat(UploadLimits.breach(failure)).isEqualTo(UploadLimits.Breach.TOO_LARGE);
        assertThat(UploadLimits.Breach.TOO_LARGE.status()).isEqualTo(413);
    }

    @Test
    void too_many_parts_are_too_many_files_with_400() {
        var failure = new RuntimeException(new FileCountLimitExceededException("parts", 50));

        assertThat(UploadLimits.breach(failure)).isEqualTo(UploadLimits.Breach.TOO_MANY_FILES);
        assertThat(UploadLimits.Breach.TOO_MANY_FILES.status()).isEqualTo(400);
    }

    @Test
    void any_other_failure_is_not_taken_for_a_limit() {
        assertThat(UploadLimits.breach(new IOException("Connection reset"))).isEqualTo(UploadLimits.Breach.FAILED);
        assertThat(UploadLimits.breach(null)).isEqualTo(UploadLimits.Breach.FAILED);
    }
}
