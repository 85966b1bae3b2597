package jp.akapen.privacy;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@AkapenSpringTest
class PersonalDataServiceTest {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    PersonalDataRepository repository;

    @Autowired
    UserDetailsService users;

    long resident1;

    @BeforeEach
    void findResident() {
        resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
    }

    @Test
    void a_handler_reads_a_residents_name_address_and_email_and_the_read_is_logged() {
        int logged = repository.countAccesses(resident1);
        signIn(users, "handler1");

        var data = personalData.read(resident1).orElseThrow();

        assertThat(data.fullName()).isEqualTo("山田 花子");
        assertThat(data.email()).isEqualTo("resident1@example.jp");
        assertThat(repository.countAccesses(resident1)).isEqualTo(logged + 1);
    }

    @Test
    void staff_who_are_not_handlers_never_receive_personal_data() {
        signIn(users, "staff1");
        assertThatThrownBy(() -> personalData.read(resident1)).isInstanceOf(AccessDeniedException.class);
        signIn(users, "manager");
        assertThatThrownBy(() -> personalData.read(resident1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_resident_sees_their_own_personal_data_and_nobody_elses() {
        signIn(users, "resident1");
        assertThat(personalData.read(resident1)).isPresent();
        signIn(users, "resident2");
        assertThatThrownBy(() -> personalData.read(resident1)).isInstanceOf(AccessDeniedException.class);
    }
}
