package jp.akapen.proofreading;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The house dictionary as the contractor manager keeps it in the portal (issue 16; W2): own rows are checked against
 * their examples before they are saved, are used by the next check on any instance, and any row can be switched off.
 * The rows are shared by every test on this database, so each test uses a word of its own and leaves rows switched on.
 */
@AkapenSpringTest
class HouseDictionaryTest {

    @Autowired
    ProofreadingService proofreading;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    @Test
    void a_row_the_manager_adds_is_used_by_the_next_check_and_can_be_switched_off_and_on() {
        // checked once before the row exists, so a remembered answer would miss it
        signIn(users, "handler1");
        assertThat(proofreading.check("窓口で申し込み用紙をもらいました。", -1, null))
                .noneMatch(s -> s.replacements().contains("申込書"));
        signIn(users, "manager");
        var added = proofreading.saveHouseTerm(new HouseTerm.Form(null, "申し込み用紙", "申込書",
                "「申込書」に統一 / Write 申込書", "申し込み用紙を出してください。", "申込書を出してください。"));
        assertThat(added.ruleId()).startsWith("notation.own-");
        assertThat(added.origin()).isEqualTo(HouseTerm.Origin.OWN);

        signIn(users, "handler1");
        assertThat(proofreading.check("窓口で申し込み用紙をもらいました。", -1, null))
                .anySatisfy(s -> {
                    assertThat(s.ruleId()).isEqualTo(added.ruleId());
                    assertThat(s.replacements()).containsExactly("申込書");
                });

        signIn(users, "manager");
        proofreading.withdrawHouseTerm(added.ruleId(), true);
        signIn(users, "handler1");
        assertThat(proofreading.check("窓口で申し込み用紙をもらいました。", -1, null))
                .noneMatch(s -> s.ruleId().equals(added.ruleId()));
        assertThat(proofreading.houseTerms()).filteredOn(t -> t.ruleId().equals(added.ruleId())).singleElement()
                .satisfies(t -> assertThat(t.withdrawn()).isTrue());
    }

    @Test
    void a_shipped_row_the_manager_changes_takes_the_place_of_the_file_row() {
        signIn(users, "manager");
        var subete = proofreading.houseTerms().stream().filter(t -> t.ruleId().equals("notation.subete")).findFirst()
                .orElseThrow();
        try {
            proofreading.saveHouseTerm(new HouseTerm.Form("notation.subete", subete.pattern(), "すべて|みな",
                    subete.note(), subete.exampleBefore(), subete.exampleAfter()));
            assertThat(proofreading.houseTerms()).filteredOn(t -> t.ruleId().equals("notation.subete")).singleElement()
                    .satisfies(t -> assertThat(t.origin()).isEqualTo(HouseTerm.Origin.CHANGED));
            signIn(users, "handler1");
            assertThat(proofreading.check("全ての人へ。", -1, null)).filteredOn(s -> s.ruleId().equals("notation.subete"))
                    .singleElement().satisfies(s -> assertThat(s.replacements()).containsExactly("すべて", "みな"));
        } finally {
            signIn(users, "manager");
            proofreading.saveHouseTerm(new HouseTerm.Form("notation.subete", subete.pattern(), subete.replacement(),
                    subete.note(), subete.exampleBefore(), subete.exampleAfter()));
        }
    }

    @Test
    void a_row_whose_examples_do_not_show_it_or_whose_pattern_is_broken_is_refused_and_not_stored() {
        signIn(users, "manager");
        int before = proofreading.houseTerms().size();

        assertThatThrownBy(() -> proofreading.saveHouseTerm(new HouseTerm.Form(null, "御座候", "ございます", "古い言い方",
                "今日は晴れです。", "今日は晴れです。")))
                .isInstanceOfSatisfying(ProofreadingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proofreading.error.example-before"));
        assertThatThrownBy(() -> proofreading.saveHouseTerm(new HouseTerm.Form(null, "申し込み用紙", "申込書", "統一",
                "申し込み用紙を出す。", "申し込み用紙を出す。")))
                .isInstanceOfSatisfying(ProofreadingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proofreading.error.example-after"));
        assertThatThrownBy(() -> proofreading.saveHouseTerm(new HouseTerm.Form(null, "/(未閉じ/", "x", "壊れた表記",
                "(未閉じ", "x")))
                .isInstanceOfSatisfying(ProofreadingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proofreading.error.pattern"));
        assertThatThrownBy(() -> proofreading.saveHouseTerm(new HouseTerm.Form(null, "申し込み用紙", " ", "統一",
                "申し込み用紙を出す。", "申込書を出す。")))
                .isInstanceOfSatisfying(ProofreadingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proofreading.error.required"));

        assertThat(proofreading.houseTerms()).hasSize(before);
    }

    @Test
    void only_the_contractor_manager_changes_the_house_dictionary_and_everyone_else_reads_it() {
        var form = new HouseTerm.Form(null, "申し込み用紙", "申込書", "統一", "申し込み用紙を出す。", "申込書を出す。");
        for (String user : new String[] {"handler1", "staff1", "ward1", "resident1"}) {
            signIn(users, user);
            assertThatThrownBy(() -> proofreading.saveHouseTerm(form)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> proofreading.withdrawHouseTerm("notation.subete", true)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn(users, "ward1");
        assertThat(proofreading.houseTerms()).extracting(HouseTerm::ruleId).contains("notation.subete", "notation.dekiru");
        signIn(users, "resident1");
        assertThatThrownBy(() -> proofreading.houseTerms()).isInstanceOf(AccessDeniedException.class);
    }
}
