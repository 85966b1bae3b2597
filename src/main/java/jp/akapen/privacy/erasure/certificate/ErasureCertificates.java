package jp.akapen.privacy.erasure.certificate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.erasure.ErasureReport;
import jp.akapen.privacy.erasure.ErasureService;
import jp.akapen.privacy.erasure.ErasureVerificationReport;
import jp.akapen.privacy.erasure.ErasureState;
import jp.akapen.privacy.erasure.certificate.ReceiptRepository.Receipt;
import jp.akapen.privacy.retention.RetentionService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.notification.NotificationService;
import jp.akapen.shared.i18n.AkapenI18NProvider;
import jp.akapen.shared.pdf.JapaneseFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The erasure certificate (消去証明書, D2; issue 14 item 6) of a finished erasure: made from the erasure's own record
 * (counts, times, key, manifest hash), so the same erasure always gives the same PDF and its SHA-256 can be checked
 * against this page. The manager and ward staff download it; ward staff acknowledge its receipt, once, naming the
 * hash they checked.
 */
@Service
@Transactional
public class ErasureCertificates {

    /** What the retention page shows of a cohort's erasure and its certificate. */
    public record Certificate(long cohortId, String number, ErasureReport erasure, String certificateSha256,
            String acknowledgedBy, Instant acknowledgedAt, boolean mayAcknowledge,
            long remaining, Optional<ErasureVerificationReport> verification) {

        public boolean done() {
            return erasure.state() == ErasureState.DONE;
        }
    }

    private static final Map<String, String[]> CATEGORIES = Map.of(
            "data_key", new String[] {"データ鍵（期の鍵・個人の鍵）", "暗号消去（鍵の破棄）"},
            "vault_entry", new String[] {"保管庫の個人情報（氏名・ふりがな・住所・メールアドレス・電話番号）", "削除"},
            "lecture_roster", new String[] {"講座の出欠連絡の備考・資料リンク・出席コードの誤入力記録", "削除"},
            "survey_answer", new String[] {"記名アンケートの回答者との結び付き・回答記録", "匿名化及び削除"},
            "mail", new String[] {"区民編集委員あてメールの件名・本文・宛先", "削除"},
            "file_link", new String[] {"ファイル共有リンク・閲覧権", "削除"},
            "account", new String[] {"区民編集委員のアカウント（ユーザー名・パスワード・二段階認証・ログイン制限の記録。筆名は残す）",
                    "無効化及び削除"},
            "handler_designation", new String[] {"この期の取扱者の指定", "終了"});

    private final ErasureService erasures;
    private final RetentionService retention;
    private final ReceiptRepository receipts;
    private final People people;
    private final AuditTrail audit;
    private final NotificationService notifications;
    private final ErasureCertificatePdf pdf;
    private final AkapenI18NProvider i18n;
    private final Map<CertificateContent, String> hashes = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CertificateContent, String> eldest) {
            return size() > 32;
        }
    };
    private final Clock clock;
    private final String ward;
    private final String contractor;
    private final String contract;

    ErasureCertificates(ErasureService erasures, RetentionService retention, ReceiptRepository receipts,
            People people, AuditTrail audit, NotificationService notifications, JapaneseFont font,
            AkapenI18NProvider i18n, Clock clock,
            @Value("${akapen.contract.ward:新宿区長}") String ward,
            @Value("${akapen.contract.contractor:受託事業者}") String contractor,
            @Value("${akapen.contract.name:新宿区男女共同参画情報誌の編集業務委託}") String contract) {
        this.erasures = erasures;
        this.retention = retention;
        this.receipts = receipts;
        this.people = people;
        this.audit = audit;
        this.notifications = notifications;
        this.pdf = new ErasureCertificatePdf(font);
        this.i18n = i18n;
        this.clock = clock;
        this.ward = ward;
        this.contractor = contractor;
        this.contract = contract;
    }

    /** The cohort's erasure as it stands, with its certificate's hash once it is done; empty before one is recorded. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public Optional<Certificate> certificate(long cohortId) {
        PortalUser reader = SignedIn.require();
        return erasures.report(cohortId).map(report -> {
            var receipt = receipts.find(cohortId);
            String sha = report.state() == ErasureState.DONE ? certificateSha256(report) : null;
            return new Certificate(cohortId, number(report), report, sha,
                    receipt.map(r -> name(r.acknowledgedBy())).orElse(null),
                    receipt.map(Receipt::acknowledgedAt).orElse(null),
                    sha != null && receipt.isEmpty() && Roles.WARD_STAFF.equals(reader.role()),
                    sha == null ? 0 : erasures.remaining(cohortId).values().stream().mapToLong(Long::longValue).sum(),
                    erasures.verification(cohortId));
        });
    }

    /** The certificate's PDF, only for a finished erasure. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public byte[] pdf(long cohortId) {
        return render(finished(cohortId));
    }

    /**
     * Ward staff acknowledge receipt of the certificate whose SHA-256 they checked; refused when the hash is not the
     * certificate's or the receipt is already recorded.
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public void acknowledge(long cohortId, String checkedSha256) {
        PortalUser user = SignedIn.require();
        if (!Roles.WARD_STAFF.equals(user.role())) {
            audit.recordDenied(AuditEntry.of(AuditAction.ERASURE_CERTIFICATE_ACKNOWLEDGED, "cohort", cohortId, null));
            throw new LoggedRefusal("Only ward staff acknowledge an erasure certificate");
        }
        ErasureReport report = finished(cohortId);
        String sha = certificateSha256(report);
        if (receipts.find(cohortId).isPresent()) {
            throw new CertificateException("erasure.certificate.error.acknowledged");
        }
        if (checkedSha256 == null || !sha.equalsIgnoreCase(checkedSha256.strip())) {
            throw new CertificateException("erasure.certificate.error.hash");
        }
        receipts.insert(new Receipt(cohortId, sha, user.id(), clock.instant()));
        audit.record(AuditEntry.of(AuditAction.ERASURE_CERTIFICATE_ACKNOWLEDGED, "cohort", cohortId,
                List.of("sha256_" + sha.substring(0, 16))));
        notifications.notifyRole(Roles.CONTRACTOR_MANAGER, "erasure.certificate.notice.acknowledged", "retention",
                number(report));
    }

    private ErasureReport finished(long cohortId) {
        return erasures.report(cohortId).filter(r -> r.state() == ErasureState.DONE)
                .orElseThrow(() -> new CertificateException("erasure.certificate.error.not-done"));
    }

    /**
     * The certificate's hash without laying the PDF out again each time the retention page is shown: remembered per
     * content, so a change in what the certificate says (a renamed operator) gives its new hash.
     */
    private String certificateSha256(ErasureReport report) {
        CertificateContent content = content(report);
        synchronized (hashes) {
            String known = hashes.get(content);
            if (known != null) {
                return known;
            }
        }
        String sha = sha256(render(content));
        synchronized (hashes) {
            hashes.put(content, sha);
        }
        return sha;
    }

    private byte[] render(ErasureReport report) {
        return render(content(report));
    }

    private byte[] render(CertificateContent content) {
        try {
            return pdf.render(content);
        } catch (jp.akapen.shared.pdf.JapaneseFont.MissingFontException e) {
            throw new CertificateException("erasure.certificate.error.font");
        }
    }

    private CertificateContent content(ErasureReport report) {
        int fiscalYear = retention.fiscalYearOf(report.cohortId()).orElse(0);
        List<CertificateContent.Category> categories = new ArrayList<>();
        for (var step : report.steps()) {
            String[] label = CATEGORIES.getOrDefault(step.category(), new String[] {step.category(), "削除"});
            categories.add(new CertificateContent.Category(label[0], label[1], step.erased()));
        }
        long remaining = erasures.remaining(report.cohortId()).values().stream().mapToLong(Long::longValue).sum();
        var verification = new CertificateContent.Verification(VerificationTexts.lines(report.steps().size(), remaining,
                erasures.verification(report.cohortId()),
                (key, args) -> i18n.getTranslation(key, AkapenI18NProvider.JAPANESE, args), ErasureCertificates::moment));
        String cohort = (fiscalYear == 0 ? "期 " + report.cohortId() : JapaneseDates.fiscalYear(fiscalYear,
                Locale.JAPANESE)) + " 公募区民編集委員";
        return new CertificateContent(number(report), LocalDate.ofInstant(report.finishedAt(), JapaneseDates.ZONE),
                ward, contractor, contract, cohort, categories,
                "削除、匿名化及び暗号消去（データ鍵の破棄：NIST SP 800-88 Rev. 1 の Purge）",
                "Akapen " + version() + "（jp.akapen.privacy.erasure）", report.startedAt(), report.finishedAt(),
                name(report.operatorAccountId()), report.validatorAccountId() == null ? null
                        : name(report.validatorAccountId()),
                verification, report.manifestSha256());
    }

    private static String moment(Instant instant) {
        var local = instant.atZone(JapaneseDates.ZONE);
        return JapaneseDates.date(local.toLocalDate(), Locale.JAPANESE) + " "
                + java.time.format.DateTimeFormatter.ofPattern("H:mm:ss").format(local) + "（日本時間）";
    }

    private static String number(ErasureReport report) {
        return "ER-" + report.cohortId() + "-" + LocalDate.ofInstant(report.requestedAt(), JapaneseDates.ZONE)
                .getYear();
    }

    private String name(long accountId) {
        return people.displayNames(List.of(accountId)).getOrDefault(accountId, "#" + accountId);
    }

    private static String version() {
        String version = ErasureCertificates.class.getPackage().getImplementationVersion();
        return version == null ? "(開発版)" : version;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
