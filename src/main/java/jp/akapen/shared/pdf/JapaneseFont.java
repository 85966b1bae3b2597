package jp.akapen.shared.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The TrueType font certificates embed, so that Japanese text shows and extracts on any reader's machine. PDFBox
 * embeds TrueType (.ttf) but not collections (.ttc); Debian's IPAex Gothic (package {@code fonts-ipaexfont-gothic},
 * IPA Font License) is the default, another file may be named by {@code AKAPEN_JAPANESE_FONT}.
 */
public record JapaneseFont(Path file) {

    public static final Path DEBIAN_IPAEX_GOTHIC = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    /** The font named by {@code AKAPEN_JAPANESE_FONT}, else Debian's IPAex Gothic. */
    public static JapaneseFont fromEnvironment() {
        String named = System.getenv("AKAPEN_JAPANESE_FONT");
        return new JapaneseFont(named == null || named.isBlank() ? DEBIAN_IPAEX_GOTHIC : Path.of(named));
    }

    /** Stops with what to install when the font is missing, rather than a PDF of empty boxes. */
    public Path require() {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new MissingFontException("No Japanese font at " + file
                    + ": install Debian's fonts-ipaexfont-gothic (sudo apt-get install fonts-ipaexfont-gothic)"
                    + " or name a TrueType font file in AKAPEN_JAPANESE_FONT");
        }
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            throw new MissingFontException("The font " + file + " is a TrueType collection (.ttc), which PDF files"
                    + " cannot embed: name a single .ttf file in AKAPEN_JAPANESE_FONT");
        }
        return file;
    }

    public static final class MissingFontException extends IllegalStateException {
        MissingFontException(String message) {
            super(message);
        }
    }
}
