package jp.akapen.privacy.audit;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

/** The Spring Security events the audit log needs (seed P4) and would not get by default. */
@Configuration(proxyBeanMethods = false)
class AuditEvents {

    /** Denials of method security and URL rules become {@code AuthorizationDeniedEvent}s (grants do not). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /**
     * Spring publishes no event for a login failure it has no event class for, such as the
     * account area's throttle pausing logins; every failure must reach the log. Such failures are
     * published as "locked" (the account may not sign in now), which the log records as DENIED.
     */
    @Bean
    static BeanPostProcessor everyLoginFailureIsAnEvent() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DefaultAuthenticationEventPublisher publisher) {
                    publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureLockedEvent.class);
                }
                return bean;
            }
        };
    }
}
