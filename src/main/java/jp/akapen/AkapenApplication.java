package jp.akapen;

import com.vaadin.flow.component.page.AppShellConfigurator;
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
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("markdown-preview.css")
@StyleSheet("progress.css")
@StyleSheet("privacy.css")
@StyleSheet("mfa.css")
public class AkapenApplication implements AppShellConfigurator {

    /**
     * {@code migrate}: the database migrations alone ({@link MigrateCommand}); {@code backup} and
     * {@code restore} ({@link BackupCommand}); otherwise the portal.
     */
    public static void main(String[] args) {
        String command = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse("");
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
