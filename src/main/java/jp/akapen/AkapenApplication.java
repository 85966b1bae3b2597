package jp.akapen;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
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

    public static void main(String[] args) {
        SpringApplication.run(AkapenApplication.class, args);
    }
}
