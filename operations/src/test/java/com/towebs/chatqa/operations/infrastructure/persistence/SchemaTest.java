package com.towebs.chatqa.operations.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The migrations build the schema on both databases and Hibernate validates the mapping against it. */
class SchemaTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migrationsCreateTheSchemaTheMappingValidatesAgainst(TestDatabase database) {
        DataSource dataSource = database.freshDatabase();
        try (EntityManagerFactory factory = TestDatabase.persistenceUnit(dataSource)) {
            assertThat(factory.isOpen()).isTrue();
        }
        // a second start finds nothing to migrate
        assertThat(SchemaMigration.migrate(dataSource)).isZero();
    }
}
