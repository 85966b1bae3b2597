package jp.akapen.privacy.erasure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The erasure manifest (seed D2): a text of ids only, {@code akapen-erasure-manifest v1}, the cohort and key, then one
 * line {@code <category>\t<record id>} per erased record in the order of the steps and, within a step, of the record
 * ids. Its SHA-256 goes on the certificate; anyone holding the ledger can compute it again.
 */
public final class ErasureManifest {

    private ErasureManifest() {
    }

    /** {@code records}: category and record id pairs, already in manifest order. */
    public static String text(long cohortId, String keyId, List<String[]> records) {
        var text = new StringBuilder("akapen-erasure-manifest v1\ncohort\t").append(cohortId).append("\nkey\t")
                .append(keyId).append('\n');
        for (String[] record : records) {
            text.append(record[0]).append('\t').append(record[1]).append('\n');
        }
        return text.toString();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
