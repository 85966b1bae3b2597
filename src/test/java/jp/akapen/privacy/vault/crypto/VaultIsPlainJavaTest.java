package jp.akapen.privacy.vault.crypto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class VaultIsPlainJavaTest {

    @Test
    void the_vault_depends_on_the_jdk_alone_so_its_cryptography_can_be_reviewed_on_its_own() {
        classes().that().resideInAPackage("jp.akapen.privacy.vault.crypto")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "javax.security.auth..",
                        "jp.akapen.privacy.vault.crypto")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("jp.akapen.privacy.vault.crypto"));
    }
}
