package com.towebs.chatqa.tools;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line and the demo generator run beside the server, on the engine alone. */
class ArchitectureTest {

    private static final JavaClasses TOOLS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.towebs.chatqa.tools");

    @Test
    void toolsDependOnTheEngineAndNoOtherModule() {
        noClasses()
                .should()
                .dependOnClassesThat(resideInAPackage("com.towebs.chatqa..")
                        .and(resideOutsideOfPackages("com.towebs.chatqa.tools..", "com.towebs.chatqa.evaluation..")))
                .check(TOOLS);
    }

    @Test
    void toolsPackagesDependOnEachOtherWithoutCycles() {
        slices().matching("com.towebs.chatqa.(**)").should().beFreeOfCycles().check(TOOLS);
    }
}
