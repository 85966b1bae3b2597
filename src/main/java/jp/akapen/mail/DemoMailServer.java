package jp.akapen.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Demo mode only (akapen.demo=true and no spring.mail.host): an embedded GreenMail SMTP + IMAP server on 127.0.0.1,
 * so a new user sees notices arrive (issue 12 item 8). It accepts mail for any address and keeps it in memory until
 * the portal stops; a mail client reads a mailbox over IMAP with the address as user name (any password). Ports:
 * akapen.mail.demo-server.smtp-port and imap-port (0 picks free ones). Never in production: a real server is
 * configured with spring.mail.*, which turns this off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@ConditionalOnExpression("'${akapen.demo:false}' == 'true' and '${spring.mail.host:}' == '' "
        + "and '${akapen.mail.demo-server.enabled:true}' == 'true'")
class DemoMailServer {

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    @Bean(destroyMethod = "stop")
    GreenMail demoGreenMail(@Value("${akapen.mail.demo-server.smtp-port:3125}") int smtpPort,
            @Value("${akapen.mail.demo-server.imap-port:3243}") int imapPort) {
        var smtp = new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP);
        var imap = new ServerSetup(imapPort, LOOPBACK, ServerSetup.PROTOCOL_IMAP);
        var server = new GreenMail(new ServerSetup[] {smtpPort == 0 ? smtp.dynamicPort() : smtp,
                imapPort == 0 ? imap.dynamicPort() : imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        log.info("Demo mail server (GreenMail) on {}: SMTP port {}, IMAP port {} (user name: the address, any"
                + " password). Mail is kept in memory until the portal stops.", LOOPBACK, server.getSmtp().getPort(),
                server.getImap().getPort());
        return server;
    }

    @Bean
    JavaMailSender demoMailSender(GreenMail demoGreenMail) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(LOOPBACK);
        sender.setPort(demoGreenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        var properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
