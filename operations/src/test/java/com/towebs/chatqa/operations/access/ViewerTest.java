package com.towebs.chatqa.operations.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The role matrix every service applies. */
class ViewerTest {

    private static final Viewer AGENT =
            new Viewer("lucia", "Lucía", Set.of(Role.AGENT), Optional.of("lucia"), Set.of("hosting"));
    private static final Viewer MANAGER =
            new Viewer("valeria", "Valeria", Set.of(Role.MANAGER), Optional.empty(), Set.of("hosting", "correo"));
    private static final Viewer HR = new Viewer("marta", "Marta", Set.of(Role.HR), Optional.empty(), Set.of());
    private static final Viewer QA = new Viewer("julian", "Julián", Set.of(Role.QA_ADMIN), Optional.empty(), Set.of());
    private static final Viewer NOBODY = new Viewer("x", "x", Set.of(), Optional.of("lucia"), Set.of("hosting"));

    @Test
    void anAgentReadsOnlyTheirOwnChatsEvenInTheirTeam() {
        assertThat(AGENT.mayRead("lucia", "hosting")).isTrue();
        assertThat(AGENT.mayRead("pablo", "hosting")).isFalse();
        assertThat(AGENT.mayReadTeam("hosting")).isFalse();
        assertThatThrownBy(() -> AGENT.requireRead("pablo", "hosting")).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aManagerReadsAndManagesTheTeamsOfTheirGroupsOnly() {
        assertThat(MANAGER.mayRead("pablo", "correo")).isTrue();
        assertThat(MANAGER.mayRead("carla", "dominios")).isFalse();
        assertThat(MANAGER.manages("hosting")).isTrue();
        assertThat(MANAGER.manages(null)).isFalse();
        assertThatThrownBy(() -> MANAGER.requireManages("dominios")).isInstanceOf(AccessDenied.class);
    }

    @Test
    void hrReadsEveryTeamButManagesNone() {
        assertThat(HR.mayRead("carla", "dominios")).isTrue();
        assertThat(HR.mayReadTeam("dominios")).isTrue();
        assertThatThrownBy(() -> HR.requireManages("dominios")).isInstanceOf(AccessDenied.class);
    }

    @Test
    void qaAdminsReadEverythingAndMayCorrectAnyTeam() {
        assertThat(QA.mayRead("carla", "dominios")).isTrue();
        QA.requireManages("dominios");
        QA.requireRole(Role.QA_ADMIN);
    }

    @Test
    void withoutARoleNothingIsReadableWhateverTheTokenClaims() {
        assertThat(NOBODY.mayRead("lucia", "hosting")).isFalse();
        assertThat(NOBODY.mayReadTeam("hosting")).isFalse();
        assertThatThrownBy(() -> NOBODY.requireAnyRole(Role.INGEST, Role.QA_ADMIN))
                .isInstanceOf(AccessDenied.class);
    }
}
