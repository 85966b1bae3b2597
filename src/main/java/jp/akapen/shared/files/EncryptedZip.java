package jp.akapen.shared.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;

/**
 * An AES-256 zip with a fresh random password (issue 12 item 5, E3; issue 14 item 7, P8): the file the ward insists
 * on attaching, and a take-out of personal data. The password has
 {@value #PASSWORD_LENGTH} characters from an alphabet without look-alikes (no 0/O, 1/l/I), to be read
 * off the portal, never mailed. Entry names are the caller's to make safe. Opens in 7-Zip and current macOS/Linux tools; Windows' built-in zip cannot open AES zips.
 */
public final class EncryptedZip {

    public record Zipped(byte[] bytes, String password) {

        @Override
        public String toString() {
            return "Zipped[" + bytes.length + " bytes]";
        }
    }

    public static final int PASSWORD_LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EncryptedZip() {
    }

    public static Zipped zip(String entryName, byte[] content) {
        return zip(Map.of(entryName, content));
    }

    /** The entries in the map's order, all under one password. */
    public static Zipped zip(Map<String, byte[]> entries) {
        String password = password();
        var out = new ByteArrayOutputStream(entries.values().stream().mapToInt(b -> b.length).sum() + 1024);
        try (var zip = new ZipOutputStream(out, password.toCharArray(), StandardCharsets.UTF_8)) {
            for (var entry : entries.entrySet()) {
                var parameters = new ZipParameters();
                parameters.setCompressionMethod(CompressionMethod.DEFLATE);
                parameters.setEncryptFiles(true);
                parameters.setEncryptionMethod(EncryptionMethod.AES);
                parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
                parameters.setFileNameInZip(entry.getKey());
                parameters.setEntrySize(entry.getValue().length);
                zip.putNextEntry(parameters);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Zipped(out.toByteArray(), password);
    }

    public static String password() {
        var out = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
