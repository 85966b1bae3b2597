package jp.akapen.mail.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;

/**
 * The AES-256 zip the ward may insist on (issue 12 item 5, E3): one file inside, a random password of
 * {@value #PASSWORD_LENGTH} characters from an alphabet without look-alikes (no 0/O, 1/l/I), to be read off the
 * portal, never mailed. Opens in 7-Zip and current macOS/Linux tools; Windows' built-in zip cannot open AES zips.
 */
final class EncryptedZip {

    record Zipped(byte[] bytes, String password) {

        @Override
        public String toString() {
            return "Zipped[" + bytes.length + " bytes]";
        }
    }

    static final int PASSWORD_LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EncryptedZip() {
    }

    static Zipped zip(String entryName, byte[] content) {
        String password = password();
        var parameters = new ZipParameters();
        parameters.setCompressionMethod(CompressionMethod.DEFLATE);
        parameters.setEncryptFiles(true);
        parameters.setEncryptionMethod(EncryptionMethod.AES);
        parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        parameters.setFileNameInZip(DownloadHeaders.safeName(entryName));
        parameters.setEntrySize(content.length);
        var out = new ByteArrayOutputStream(content.length + 1024);
        try (var zip = new ZipOutputStream(out, password.toCharArray(), java.nio.charset.StandardCharsets.UTF_8)) {
            zip.putNextEntry(parameters);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Zipped(out.toByteArray(), password);
    }

    static String password() {
        var out = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
