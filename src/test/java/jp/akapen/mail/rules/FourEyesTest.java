package jp.akapen.mail.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.akapen.mail.rules.FourEyes.Refusal;
import org.junit.jupiter.api.Test;

/** The rules of four eyes (seed E4) and what an approval covers, without Spring. */
class FourEyesTest {

    static final String HASH = ApprovalHash.of(List.of(3L, 1L), "件名", "本文", List.of());

    @Test
    void the_approval_hash_covers_recipients_subject_body_and_attachments_but_not_their_order() {
        assertThat(HASH).isEqualTo(ApprovalHash.of(List.of(1L, 3L, 3L), "件名", "本文", List.of()));
        assertThat(HASH).isNotEqualTo(ApprovalHash.of(List.of(1L), "件名", "本文", List.of()))
                .isNotEqualTo(ApprovalHash.of(List.of(1L, 3L), "件名 ", "本文", List.of()))
                .isNotEqualTo(ApprovalHash.of(List.of(1L, 3L), "件名", "本文。", List.of()))
                .isNotEqualTo(ApprovalHash.of(List.of(1L, 3L), "件名", "本文", List.of("ab".repeat(32))))
                .isNotEqualTo(ApprovalHash.of(List.of(1L, 3L), "件名本", "文", List.of()));
    }

    @Test
    void the_approver_must_be_eligible_another_person_and_approve_what_the_mail_holds() {
        assertThat(FourEyes.approval(2, false, 1, true, HASH, HASH)).contains(Refusal.NOT_ELIGIBLE);
        assertThat(FourEyes.approval(1, true, 1, true, HASH, HASH)).contains(Refusal.OWN_DRAFT);
        assertThat(FourEyes.approval(2, true, 1, false, HASH, HASH)).contains(Refusal.NOT_AWAITING);
        assertThat(FourEyes.approval(2, true, 1, true, HASH, "0".repeat(64))).contains(Refusal.CHANGED_SINCE_READ);
        assertThat(FourEyes.approval(2, true, 1, true, HASH, HASH)).isEmpty();
    }

    @Test
    void a_mail_leaves_only_with_two_people_and_an_approval_of_its_content() {
        assertThat(FourEyes.sendable(1L, 2L, HASH, HASH)).isTrue();
        assertThat(FourEyes.sendable(1L, 1L, HASH, HASH)).isFalse();
        assertThat(FourEyes.sendable(1L, null, null, HASH)).isFalse();
        assertThat(FourEyes.sendable(1L, 2L, HASH, "0".repeat(64))).isFalse();
    }
}
