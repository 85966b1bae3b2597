package jp.akapen.privacy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.privacy.vault.PersonalDataService;
import jp.akapen.shared.JapaneseDates;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Residents whose personal data is unique values found nowhere else (seed P2 canary tests): two new
 * residents, each with all five fields, in a cohort of their own with an edition and an article
 * each (so their manuscripts appear on every page that lists manuscripts), plus a contractor
 * handler who was never designated.
 */
public record Canaries(List<Long> residentIds, List<String> residentUsernames, List<PersonalData> data,
        String undesignatedHandler, long editionId) {

    public static final String PASSWORD = "canary-password-2026-長い";
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final AtomicInteger YEAR = new AtomicInteger(2800);

    /** Every value that must never reach someone who may not read it. */
    public List<String> values() {
        var values = new ArrayList<String>();
        for (PersonalData d : data) {
            for (PersonalData.Field field : PersonalData.Field.values()) {
                values.add(d.get(field));
            }
        }
        return values;
    }

    /** The values of every canary resident but the given one (who may read their own). */
    public List<String> valuesExceptOf(String username) {
        var values = new ArrayList<String>();
        for (int i = 0; i < data.size(); i++) {
            if (!residentUsernames.get(i).equals(username)) {
                for (PersonalData.Field field : PersonalData.Field.values()) {
                    values.add(data.get(i).get(field));
                }
            }
        }
        return values;
    }

    public static Canaries plant(UserDetailsService users, AccountService accounts, PersonalDataService personalData,
            PurposeNoticeService purposeNotice, EditionService editions, long handlerId) {
        var random = new SecureRandom();
        int run = RUN.incrementAndGet();
        String stamp = Long.toString(System.nanoTime(), 36);
        var ids = new ArrayList<Long>();
        var usernames = new ArrayList<String>();
        var data = new ArrayList<PersonalData>();
        try {
            TestSupport.signIn(users, "ward1");
            for (int i = 1; i <= 2; i++) {
                String username = "canary" + stamp + "r" + i;
                ids.add(accounts.create(new NewAccount(username, "カナリア" + run + "号" + i, Role.RESIDENT, PASSWORD)).id());
                usernames.add(username);
                data.add(new PersonalData(
                        "金糸雀" + token(random) + "子",
                        "かなりあ" + kana(random, 10),
                        "東京都新宿区歌舞伎町" + token(random) + "番地",
                        "canary." + token(random) + "@example.jp",
                        "090-" + digits(random, 4) + "-" + digits(random, 4)));
            }
            TestSupport.signIn(users, "manager");
            String handler = "canary" + stamp + "h";
            accounts.create(new NewAccount(handler, "未指定 取扱者" + run, Role.CONTRACTOR_HANDLER, PASSWORD));
            for (int i = 0; i < ids.size(); i++) {
                TestSupport.signIn(users, usernames.get(i));
                purposeNotice.acknowledge();
                personalData.save(ids.get(i), data.get(i), 0);
            }
            TestSupport.signIn(users, "ward1");
            // another class may have taken the year (they share one database)
            var cohort = TestSupport.freeYear(YEAR, year -> editions.createCohort(new NewCohort(year,
                    LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), "カナリア編集室", ids)));
            LocalDate today = LocalDate.now(JapaneseDates.ZONE);
            Map<MilestoneKind, LocalDate> schedule = new EnumMap<>(MilestoneKind.class);
            schedule.put(MilestoneKind.DRAFT_DUE, today.plusDays(7));
            schedule.put(MilestoneKind.DELIVERY, today.plusDays(60));
            var edition = editions.createEdition(cohort.id(), 1, "カナリアの号", schedule);
            for (int i = 0; i < ids.size(); i++) {
                editions.addArticle(edition.id(), "カナリアの記事" + i, 800, List.of(ids.get(i)), handlerId);
            }
            return new Canaries(List.copyOf(ids), List.copyOf(usernames), List.copyOf(data), handler, edition.id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String token(SecureRandom random) {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String kana(SecureRandom random, int n) {
        String syllables = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ";
        var out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(syllables.charAt(random.nextInt(syllables.length())));
        }
        return out.toString();
    }

    private static String digits(SecureRandom random, int n) {
        var out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(random.nextInt(10));
        }
        return out.toString();
    }
}
