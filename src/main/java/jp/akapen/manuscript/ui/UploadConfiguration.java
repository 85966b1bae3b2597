package jp.akapen.manuscript.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    /** Right after the readiness gate and before Spring Security, whose first look parses an upload's body. */
    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(I18NProvider i18n) {
        var registration = new FilterRegistrationBean<>(new UploadLimitFilter(i18n));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
