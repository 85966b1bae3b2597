package jp.akapen;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.akapen.account.ui.LoginView;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.akapen");

    @Test
    void vaadin_is_used_only_in_ui_and_security_packages_and_the_app_shell() {
        noClasses().that().resideOutsideOfPackages("..ui..", "..security..", "jp.akapen.shared.i18n..")
                .and().doNotHaveFullyQualifiedName(AkapenApplication.class.getName())
                .and().resideOutsideOfPackage("jp.akapen.db..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(PRODUCTION);
    }

    @Test
    void the_shared_area_depends_on_no_business_area() {
        noClasses().that().resideInAPackage("jp.akapen.shared..")
                .should().dependOnClassesThat(resideInAPackage("jp.akapen..")
                        .and(not(resideInAnyPackage("jp.akapen.shared..", "jp.akapen.db.."))))
                .check(PRODUCTION);
    }

    @Test
    void generated_jooq_code_is_used_only_by_repositories() {
        noClasses().that().resideOutsideOfPackage("jp.akapen.db..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("jp.akapen.db..")
                .allowEmptyShould(true)
                .check(PRODUCTION);
    }

    @Test
    void jooq_itself_stays_in_repositories() {
        noClasses().that().resideOutsideOfPackage("jp.akapen.db..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .and().doNotHaveFullyQualifiedName("jp.akapen.shared.db.DatabaseConfiguration")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .check(PRODUCTION);
    }

    @Test
    void every_route_declares_who_may_open_it_with_roles_allowed() {
        classes().that().areAnnotatedWith(Route.class)
                .and().doNotHaveFullyQualifiedName(LoginView.class.getName())
                .should().beAnnotatedWith(RolesAllowed.class)
                .andShould().notBeAnnotatedWith(PermitAll.class)
                .andShould().notBeAnnotatedWith(AnonymousAllowed.class)
                .check(PRODUCTION);
    }

    @Test
    void only_the_login_view_is_open_to_anonymous_visitors() {
        classes().that().areAnnotatedWith(AnonymousAllowed.class)
                .should().haveFullyQualifiedName(LoginView.class.getName())
                .check(PRODUCTION);
        noClasses().should().beAnnotatedWith(DenyAll.class).orShould().beAnnotatedWith(PermitAll.class)
                .check(PRODUCTION);
    }

    @Test
    void only_start_up_code_creates_accounts_without_a_signed_in_creator() {
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethod(AccountService.class, "bootstrap", NewAccount.class, boolean.class)
                .orShould().callMethod(AccountService.class, "bootstrapDemo", java.util.List.class)
                .check(PRODUCTION);
    }

    /**
     * A grid showing all its rows breaks once its list passes the 500 rows Vaadin's client may fetch at once (the demo
     * mailbox did): every list grid goes through GridRows, which lets a long list scroll instead.
     */
    @Test
    void only_the_shared_rule_decides_whether_a_grid_shows_all_its_rows() {
        noClasses().that().doNotHaveFullyQualifiedName("jp.akapen.shared.ui.GridRows")
                .should().callMethod(com.vaadin.flow.component.grid.Grid.class, "setAllRowsVisible", boolean.class)
                .check(PRODUCTION);
    }

    @Test
    void views_never_render_markup_from_strings() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .check(PRODUCTION);
    }

    @Test
    void the_diff_engine_the_file_reader_and_the_progress_rules_are_plain_java() {
        noClasses().that().resideInAnyPackage("jp.akapen.manuscript.diff..", "jp.akapen.manuscript.text..",
                        "jp.akapen.edition.progress..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "org.jooq..",
                        "jp.akapen.db..", "jakarta.servlet..")
                .check(PRODUCTION);
    }

    @Test
    void the_proofreading_rules_are_plain_java_and_only_the_service_and_its_repository_touch_spring_or_the_database() {
        noClasses().that().resideInAPackage("jp.akapen.proofreading")
                .and().doNotHaveSimpleName("ProofreadingService").and().doNotHaveSimpleName("ProofreadingRepository")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "org.jooq..",
                        "jp.akapen.db..", "jakarta.servlet..", "jp.akapen.shared..")
                .check(PRODUCTION);
    }

    @Test
    void the_manuscript_area_never_imports_the_edition_area() {
        noClasses().that().resideInAPackage("jp.akapen.manuscript..")
                .should().dependOnClassesThat().resideInAPackage("jp.akapen.edition..")
                .check(PRODUCTION);
    }

    @Test
    void the_diff_engine_depends_on_nothing_of_the_portal_outside_itself() {
        classes().that().resideInAPackage("jp.akapen.manuscript.diff..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jp.akapen.manuscript.diff..",
                        "org.bitbucket.cowwoc.diffmatchpatch..")
                .check(PRODUCTION);
    }

    @Test
    void repositories_are_package_private_so_only_their_own_area_reaches_its_tables() {
        classes().that().haveSimpleNameEndingWith("Repository").and().resideOutsideOfPackage("jp.akapen.db..")
                .should().bePackagePrivate()
                .check(PRODUCTION);
    }

    /** DESIGN.md: privacy learns of cohorts and editions through the events edition publishes, never its services. */
    @Test
    void the_privacy_area_uses_only_the_edition_areas_events() {
        noClasses().that().resideInAPackage("jp.akapen.privacy..")
                .should().dependOnClassesThat(resideInAPackage("jp.akapen.edition..").and(NOT_A_RECORD))
                .check(PRODUCTION);
    }

    /** Issue 12: mail is built under the contract's rules in plain Java, testable without Spring. */
    @Test
    void the_mail_rules_are_plain_java() {
        noClasses().that().resideInAPackage("jp.akapen.mail.rules..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "org.jooq..",
                        "jp.akapen.db..", "jakarta.servlet..")
                .check(PRODUCTION);
    }

    /** Issue 13 item 10: the survey screening is plain Java over Kuromoji; only @Component ties it to Spring. */
    @Test
    void the_survey_screening_is_plain_java_apart_from_being_a_component() {
        classes().that().resideInAPackage("jp.akapen.lecture.survey.screening..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "jp.akapen.lecture.survey.screening..",
                        "org.apache.lucene..").or(JavaClass.Predicates.type(org.springframework.stereotype.Component.class)))
                .check(PRODUCTION);
    }

    /** privacy/package-info: the system path to residents' addresses is for the mail area's sender alone (P1, P4). */
    @Test
    void only_the_mail_area_reads_delivery_addresses() {
        noClasses().that().resideOutsideOfPackages("jp.akapen.mail..", "jp.akapen.privacy.vault..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jp.akapen.privacy.vault.DeliveryAddresses")
                .check(PRODUCTION);
    }

    /** privacy.vault.ErasureVerificationValues does not ask who reads: only the erasure's verification scan calls it (D2). */
    @Test
    void only_the_erasure_reads_the_values_it_verifies() {
        noClasses().that().resideOutsideOfPackages("jp.akapen.privacy.erasure", "jp.akapen.privacy.vault..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jp.akapen.privacy.vault.ErasureVerificationValues")
                .check(PRODUCTION);
    }

    /** privacy.vault.CohortExport does not ask who reads: only the take-out, after the ward's approval, calls it (P8). */
    @Test
    void only_the_take_out_reads_a_cohorts_personal_data_in_bulk() {
        noClasses().that().resideOutsideOfPackages("jp.akapen.privacy.takeout", "jp.akapen.privacy.vault..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jp.akapen.privacy.vault.CohortExport")
                .check(PRODUCTION);
    }

    /** privacy.vault.SealedFiles does not ask who reads: the portal's files decide that, and only they call it (issue 12, E3). */
    @Test
    void only_the_portal_files_open_sealed_files() {
        noClasses().that().resideOutsideOfPackages("jp.akapen.mail.files", "jp.akapen.privacy.vault..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jp.akapen.privacy.vault.SealedFiles")
                .check(PRODUCTION);
    }

    /** privacy/package-info: erasing a cohort runs without a signed-in person, so only privacy starts it (issue 14, D1). */
    @Test
    void only_the_privacy_area_starts_erasures() {
        noClasses().that().resideOutsideOfPackage("jp.akapen.privacy..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jp.akapen.privacy.erasure.ErasureService")
                .check(PRODUCTION);
    }

    /** account.ResidentAccountErasure asks for no signed-in person: only the erasure run closes accounts (issue 14, D1). */
    @Test
    void only_the_erasure_run_closes_residents_accounts() {
        noClasses().that().resideOutsideOfPackages("jp.akapen.privacy.erasure", "jp.akapen.account")
                .should().dependOnClassesThat().haveFullyQualifiedName("jp.akapen.account.ResidentAccountErasure")
                .check(PRODUCTION);
    }

    /** Issue 13: only the demo schedules a session that has already ended; for users "no start in the past" holds. */
    @Test
    void only_the_demo_schedules_ended_sessions() {
        noClasses().that().resideOutsideOfPackages("jp.akapen.demo..", "jp.akapen.lecture")
                .should().dependOnClassesThat().haveFullyQualifiedName("jp.akapen.lecture.DemoSessions")
                .check(PRODUCTION);
    }

    private static final DescribedPredicate<JavaClass> NOT_A_RECORD =
            DescribedPredicate.describe("are not records (events are)", c -> !c.isRecord());

    /**
     * Every class that offers a download or answers HTTP itself, with what it serves. A new one fails this test until
     * it is listed here and {@code CanaryViewTest}'s walk of every page has fetched what it serves (issue 14 item 7;
     * P8, P10).
     */
    static final Map<String, String> DOWNLOADS = Map.of(
            "jp.akapen.account.mfa.ui.RecoveryCodesPanel", "the signed-in person's own recovery codes, once",
            "jp.akapen.edition.ui.ProgressView", "progress CSV: articles, stages, pen names",
            "jp.akapen.lecture.survey.ui.SurveyResultsView", "a survey's aggregates as CSV (screened answers unnamed)",
            "jp.akapen.mail.files.ui.FilesView", "files the contractor shared, as uploaded",
            "jp.akapen.mail.files.FileDownloadController", "a shared file by its link",
            "jp.akapen.privacy.audit.ui.AuditView", "the audit log as CSV: people by id and role",
            "jp.akapen.privacy.retention.ui.ErasureSection", "the erasure certificate: counts and hashes",
            "jp.akapen.privacy.oversight.report.ui.ReportView",
            "the handling-status report (PDF, CSV): staff, counts of accesses, take-outs, incidents, retention",
            "jp.akapen.privacy.takeout.ui.TakeOutView", "THE take-out export: AES-256 zip, approved by the ward");

    @Test
    void every_class_that_serves_a_download_or_http_is_known_with_what_it_serves() {
        var offering = ArchitectureTest.PRODUCTION.stream()
                .filter(c -> c.isAnnotatedWith("org.springframework.stereotype.Controller")
                        || c.isAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                        || c.getDirectDependenciesFromSelf().stream().anyMatch(d -> servesBytes(d.getTargetClass()))
                        || c.getCodeUnitCallsFromSelf().stream().anyMatch(call -> call.getTarget().getRawParameterTypes()
                                .stream().anyMatch(ArchitectureTest::servesBytes)))
                .map(c -> c.getName().replaceAll("\\$.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(offering).containsExactlyInAnyOrderElementsOf(DOWNLOADS.keySet());
    }

    private static boolean servesBytes(JavaClass target) {
        return target.getName().equals("com.vaadin.flow.server.streams.DownloadHandler")
                || target.getName().equals("com.vaadin.flow.server.AbstractStreamResource")
                || target.getName().equals("com.vaadin.flow.server.StreamResource")
                || target.getName().equals("com.vaadin.flow.server.streams.DownloadResponse");
    }
}
