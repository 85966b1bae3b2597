package jp.akapen.shared.pdf;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The font the portal's PDFs embed: {@code akapen.pdf.font} when set, else {@code AKAPEN_JAPANESE_FONT}, else
 * Debian's IPAex Gothic. A missing font does not stop the portal; making a PDF then says what to install.
 */
@Configuration(proxyBeanMethods = false)
class PdfConfiguration {

    @Bean
    JapaneseFont japaneseFont(@Value("${akapen.pdf.font:}") String file) {
        return file.isBlank() ? JapaneseFont.fromEnvironment() : new JapaneseFont(Path.of(file));
    }
}
