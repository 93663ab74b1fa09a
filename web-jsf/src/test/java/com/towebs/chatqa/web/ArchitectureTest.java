package com.towebs.chatqa.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * The portal and the API talk to operations and reporting only through their service facades, which take and return
 * records: never an entity, a repository, the persistence or the container wiring, and no JDBC or JPA of their own.
 */
class ArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.towebs.chatqa.web");

    @Test
    void theWebSeesNoEntity() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(Embeddable.class)
                .check(WEB);
    }

    @Test
    void theWebUsesNoRepositoryInfrastructureOrInnerServiceOfOperations() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..operations.repository..",
                        "..operations.infrastructure..",
                        "..operations.store..",
                        "..operations.grading..",
                        "..operations.ingestion.whmcs..",
                        "..operations.ingestion.redaction..",
                        "..operations.ingestion.dropfolder..")
                .check(WEB);
    }

    @Test
    void theWebUsesReportingOnlyThroughItsServicesAndTheirRecords() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..reporting.warehouse..", "..reporting.server..", "..reporting.pdf..", "..reporting.excel..")
                .check(WEB);
    }

    @Test
    void theWebHasNoJdbcOrJpaOfItsOwn() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..", "jakarta.transaction..")
                .check(WEB);
    }

    @Test
    void webPackagesDependOnEachOtherWithoutCycles() {
        slices().matching("com.towebs.chatqa.(**)").should().beFreeOfCycles().check(WEB);
    }
}
