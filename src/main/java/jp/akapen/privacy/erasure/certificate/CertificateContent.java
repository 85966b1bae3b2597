package jp.akapen.privacy.erasure.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an erasure certificate (消去証明書, D2) states, in the order of NIST SP 800-88 Rev. 1 Appendix G: what was
 * erased (contract, cohort, categories with record counts), how (method, tool and version), when, by whom (the
 * contractor's handling manager, 取扱責任者), validated by whom (ward staff), how it was verified, and the SHA-256 of
 * the erasure manifest that the ward checks against the portal. Names here are staff names, never residents'.
 */
public record CertificateContent(String number, LocalDate issuedOn, String ward, String contractor, String contract,
        String cohort, List<Category> categories, String method, String tool, Instant startedAt, Instant finishedAt,
        String operator, String validator, Verification verification, String manifestSha256) {

    public CertificateContent {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(manifestSha256, "manifestSha256");
        categories = List.copyOf(categories);
    }

    /** One kind of record erased, e.g. 氏名・住所・メールアドレス (保管庫), and how many records it held. */
    public record Category(String name, String method, long records) {
    }

    /**
     * The check after the erasure, in words ({@link VerificationTexts}): every category's records counted again, and
     * the verification scan that searched the schema, the outbox and the database's files for the erased values before
     * the key that opens them was destroyed: its method, hits per place and time, as recorded.
     */
    public record Verification(List<String> lines) {

        public Verification {
            lines = List.copyOf(lines);
        }
    }

    public long totalRecords() {
        return categories.stream().mapToLong(Category::records).sum();
    }
}
