package com.towebs.chatqa.operations.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.CriterionRule;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.operations.rubric.RubricCatalog.RubricVersionView;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RubricCatalogTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);
    static final Rubric BUILT_IN = Rubric.standard().without(CriterionId.SPELLING);
    static final Viewer ADMIN = new Viewer("ana", "Ana", Set.of(Role.QA_ADMIN), Optional.empty(), Set.of());
    static final Viewer MANAGER =
            new Viewer("marta", "Marta", Set.of(Role.MANAGER, Role.HR), Optional.empty(), Set.of("hosting"));

    /** The built-in rubric with one criterion's weight changed, under a new version. */
    static Rubric withWeight(String version, CriterionId id, double weight) {
        List<CriterionRule> rules = new ArrayList<>();
        for (CriterionRule rule : BUILT_IN.rules()) {
            rules.add(
                    rule.id() == id
                            ? new CriterionRule(id, rule.kind(), weight, rule.deferredWhileOpen(), rule.description())
                            : rule);
        }
        return new Rubric(version, "ToWebs " + version, rules, BUILT_IN.thresholds(), BUILT_IN.scoring());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewVersionIsStoredAndBecomesTheOnlyActiveOne(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            RubricVersions catalog = new RubricVersions(new ResourceLocalTransactions(factory), BUILT_IN, CLOCK);
            assertThat(catalog.active()).isSameAs(BUILT_IN);
            assertThat(catalog.versions(ADMIN))
                    .extracting(RubricVersionView::version, RubricVersionView::active)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("towebs-2026.2", true));

            RubricVersionView created =
                    catalog.create(ADMIN, withWeight("towebs-2026.3", CriterionId.GREETING, 5), "towebs-2026.2");
            assertThat(created)
                    .isEqualTo(new RubricVersionView(
                            "towebs-2026.3", "ToWebs towebs-2026.3", "towebs-2026.2", "ana", CLOCK.instant(), true));
            Rubric active = catalog.active();
            assertThat(active.version()).isEqualTo("towebs-2026.3");
            assertThat(active.rule(CriterionId.GREETING).orElseThrow().weight()).isEqualTo(5);
            assertThat(active.rules()).hasSameSizeAs(BUILT_IN.rules());

            catalog.create(ADMIN, withWeight("towebs-2026.4", CriterionId.TICKET, 4), "towebs-2026.3");
            assertThat(catalog.versions(ADMIN))
                    .extracting(RubricVersionView::version, RubricVersionView::active)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("towebs-2026.2", false),
                            org.assertj.core.groups.Tuple.tuple("towebs-2026.3", false),
                            org.assertj.core.groups.Tuple.tuple("towebs-2026.4", true));

            catalog.activate(ADMIN, "towebs-2026.3");
            assertThat(catalog.active().version()).isEqualTo("towebs-2026.3");
            assertThat(catalog.versions(ADMIN))
                    .filteredOn(RubricVersionView::active)
                    .hasSize(1);

            // the built-in version deactivates every stored one
            catalog.activate(ADMIN, "towebs-2026.2");
            assertThat(catalog.active()).isSameAs(BUILT_IN);
            assertThat(catalog.versions(ADMIN))
                    .filteredOn(RubricVersionView::active)
                    .extracting(RubricVersionView::version)
                    .containsExactly("towebs-2026.2");

            assertThat(catalog.byVersion("towebs-2026.4")
                            .orElseThrow()
                            .rule(CriterionId.TICKET)
                            .orElseThrow()
                            .weight())
                    .isEqualTo(4);
            assertThat(catalog.byVersion("towebs-2026.2")).containsSame(BUILT_IN);
            // the earlier built-in version, so that evaluations made with it can still be scored again
            assertThat(catalog.byVersion("towebs-2026.1")).isPresent();
            assertThat(catalog.byVersion("nope")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void invalidOrDuplicateVersionsAreRejectedAndChangeNothing(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            RubricVersions catalog = new RubricVersions(new ResourceLocalTransactions(factory), BUILT_IN, CLOCK);
            catalog.create(ADMIN, withWeight("v2", CriterionId.GREETING, 5), null);

            assertThatThrownBy(() -> catalog.create(ADMIN, withWeight("v2", CriterionId.GREETING, 6), "v2"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exists already");
            assertThatThrownBy(() -> catalog.create(ADMIN, withWeight("towebs-2026.2", CriterionId.GREETING, 6), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("built-in");
            assertThatThrownBy(() -> catalog.create(ADMIN, withWeight("v 3", CriterionId.GREETING, 6), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("letters");
            assertThatThrownBy(() -> catalog.create(ADMIN, withWeight("x".repeat(65), CriterionId.GREETING, 6), null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> catalog.create(ADMIN, withWeight("v3", CriterionId.GREETING, 6), "v9"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("v9");
            assertThatThrownBy(() -> catalog.activate(ADMIN, "v9"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("v9");

            assertThat(catalog.active().rule(CriterionId.GREETING).orElseThrow().weight())
                    .isEqualTo(5);
            assertThat(catalog.versions(ADMIN))
                    .extracting(RubricVersionView::version)
                    .containsExactly("towebs-2026.2", "v2");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyQaAdminsListCreateOrActivateVersions(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            RubricVersions catalog = new RubricVersions(new ResourceLocalTransactions(factory), BUILT_IN, CLOCK);
            assertThatThrownBy(() -> catalog.versions(MANAGER)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> catalog.create(MANAGER, withWeight("v2", CriterionId.GREETING, 5), null))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> catalog.activate(MANAGER, "towebs-2026.2")).isInstanceOf(AccessDenied.class);
            assertThat(catalog.versions(ADMIN)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theGraderGetsOneEvaluatorPerActiveVersion(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            RubricVersions catalog = new RubricVersions(new ResourceLocalTransactions(factory), BUILT_IN, CLOCK);
            List<String> built = new ArrayList<>();
            ActiveEvaluator active = new ActiveEvaluator(catalog::active, rubric -> {
                built.add(rubric.version());
                return new Evaluator(rubric, null);
            });
            Evaluator first = active.evaluator();
            assertThat(first.rubric()).isSameAs(BUILT_IN);
            assertThat(active.evaluator()).isSameAs(first);
            catalog.create(ADMIN, withWeight("v2", CriterionId.GREETING, 5), null);
            assertThat(active.evaluator().rubric().version()).isEqualTo("v2");
            catalog.activate(ADMIN, "towebs-2026.2");
            assertThat(active.evaluator()).isSameAs(first);
            assertThat(built).containsExactly("towebs-2026.2", "v2");
        }
    }
}
