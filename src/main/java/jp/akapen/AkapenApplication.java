package jp.akapen;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.akapen.shared.db.BackupCommand;
import jp.akapen.shared.db.MigrateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
// pages learn at once of what others do (issue 23); the browser's requests go by XHR, so that each click counts as
// activity for the session's time-out, and when a proxy blocks WebSockets Atmosphere falls back to long polling
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("markdown-preview.css")
@StyleSheet("progress.css")
@StyleSheet("privacy.css")
@StyleSheet("mfa.css")
@StyleSheet("survey.css")
public class AkapenApplication implements AppShellConfigurator {

    /** What the {@code rotate-master-key} command adds to the portal's own settings: no page served, no mail sent. */
    static final List<String> ROTATION_SETTINGS = List.of("--akapen.vault.rotate=true", "--server.port=0",
            "--akapen.mail.sender-enabled=false", "--akapen.backup.cron=-", "--akapen.audit.verify-cron=-",
            "--akapen.mail.demo-server.smtp-port=0", "--akapen.mail.demo-server.imap-port=0");

    /**
     * {@code migrate}: the database migrations alone ({@link MigrateCommand}); {@code backup} and
     * {@code restore} ({@link BackupCommand}); {@code rotate-master-key}: the portal starts with the
     * new master key (and the previous one to open what is still under it), re-wraps every data key
     * under the new one, and stops (issue 24; see README); otherwise the portal.
     */
    public static void main(String[] args) {
        String command = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse("");
        if (command.equals("rotate-master-key")) {
            var settings = new ArrayList<>(List.of(args));
            settings.remove(command);
            settings.addAll(ROTATION_SETTINGS);
            int code;
            try {
                code = SpringApplication.exit(SpringApplication.run(AkapenApplication.class,
                        settings.toArray(String[]::new)));
            } catch (RuntimeException e) {
                System.err.println("rotate-master-key: failed, see the log above; run it again once the cause is"
                        + " fixed (keys already re-wrapped stay so)");
                code = 1;
            }
            System.exit(code);
        }
        if (List.of("migrate", "backup", "restore").contains(command)) {
            var rest = new ArrayList<>(List.of(args));
            rest.remove(command);
            String[] options = rest.toArray(String[]::new);
            System.exit(command.equals("migrate") ? MigrateCommand.run(options, System.out, System.err)
                    : BackupCommand.run(command, options, System.out, System.err));
        }
        SpringApplication.run(AkapenApplication.class, args);
    }
}
