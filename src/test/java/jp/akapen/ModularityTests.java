package jp.akapen;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    static final ApplicationModules MODULES =
            ApplicationModules.of(AkapenApplication.class, resideInAPackage("jp.akapen.db.."));

    @Test
    void business_areas_have_no_cycles_and_touch_only_each_others_public_surface() {
        MODULES.verify();
    }
}
