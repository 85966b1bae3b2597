package jp.akapen.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Deadlines and dates belong to the ward's day, whatever the server's zone. */
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Bean
    Clock clock() {
        return Clock.system(TOKYO);
    }
}
