package com.towebs.chatqa.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Reporting reads operational data only through the read model (the {@code rm_} views operations' migrations own):
 * no class of operations, and no SQL over operations' tables ({@link ReadModelSqlTest} reads the SQL).
 */
class ArchitectureTest {

    private static final JavaClasses REPORTING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.towebs.chatqa.reporting");

    @Test
    void reportingUsesNoClassOfOperationsOrThePortal() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.towebs.chatqa.operations..", "com.towebs.chatqa.web..", "com.towebs.chatqa.tools..")
                .check(REPORTING);
    }

    @Test
    void theReportRecordsAndWritersKnowNoDatabase() {
        noClasses()
                .that()
                .resideInAnyPackage("..reporting.model..", "..reporting.pdf..", "..reporting.excel..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "..reporting.warehouse..", "..reporting.server..")
                .check(REPORTING);
    }

    @Test
    void reportingPackagesDependOnEachOtherWithoutCycles() {
        slices().matching("com.towebs.chatqa.(**)").should().beFreeOfCycles().check(REPORTING);
    }
}
