package jp.akapen.privacy.audit.chain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PlainJavaTest {

    @Test
    void the_audit_chain_needs_only_the_jdk_so_the_log_can_be_verified_without_the_application() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..", "java.time..",
                        "java.security..", "javax.crypto..", "java.nio.charset..", "jp.akapen.privacy.audit.chain..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("jp.akapen.privacy.audit.chain"));
    }
}
