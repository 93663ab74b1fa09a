package com.towebs.chatqa.operations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The operational core's dependencies point inwards: the entities know no service, the repositories serve the
 * services, and nothing but the container wiring knows the services' wiring.
 */
class ArchitectureTest {

    private static final JavaClasses OPERATIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.towebs.chatqa.operations");

    /** The packages of the services: what the wiring and the other modules call. */
    private static final String[] SERVICES = {
        "..operations.ingestion..",
        "..operations.store..",
        "..operations.grading..",
        "..operations.review..",
        "..operations.rubric.."
    };

    @Test
    void theEntitiesKnowNoServiceRepositoryOrContainer() {
        noClasses()
                .that()
                .resideInAPackage("..operations.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SERVICES)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("..operations.repository..", "..operations.infrastructure..")
                .check(OPERATIONS);
    }

    @Test
    void theRepositoriesServeTheServicesAndDoNotCallThem() {
        noClasses()
                .that()
                .resideInAPackage("..operations.repository..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SERVICES)
                .check(OPERATIONS);
    }

    @Test
    void operationsKnowsNothingOfReportingOrThePortal() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.towebs.chatqa.reporting..", "com.towebs.chatqa.web..", "com.towebs.chatqa.tools..")
                .check(OPERATIONS);
    }

    @Test
    void operationsPackagesDependOnEachOtherWithoutCycles() {
        slices().matching("com.towebs.chatqa.(**)").should().beFreeOfCycles().check(OPERATIONS);
    }
}
