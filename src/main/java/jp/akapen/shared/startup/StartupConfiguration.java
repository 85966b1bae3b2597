package jp.akapen.shared.startup;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class StartupConfiguration {

    /** Before Spring Security and Vaadin, so that nothing of theirs answers early either. */
    @Bean
    FilterRegistrationBean<ReadinessGate> readinessGate(ApplicationAvailability availability) {
        var registration = new FilterRegistrationBean<>(new ReadinessGate(availability));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
