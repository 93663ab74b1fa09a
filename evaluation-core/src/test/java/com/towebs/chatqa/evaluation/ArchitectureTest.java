package com.towebs.chatqa.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is a domain library: plain Java, usable by the server, the command line and the benchmarks alike. */
class ArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.towebs.chatqa.evaluation");

    @Test
    void theEngineNeedsNoJakartaJavaxHibernateOrEclipse() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "javax..", "org.hibernate..", "org.eclipse..")
                .check(ENGINE);
    }

    @Test
    void theEngineKnowsNothingOfTheProductAroundIt() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.towebs.chatqa.operations..",
                        "com.towebs.chatqa.reporting..",
                        "com.towebs.chatqa.web..",
                        "com.towebs.chatqa.tools..")
                .check(ENGINE);
    }

    @Test
    void theEnginesPackagesDependOnEachOtherWithoutCycles() {
        slices().matching("com.towebs.chatqa.(**)").should().beFreeOfCycles().check(ENGINE);
    }
}
