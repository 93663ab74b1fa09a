package com.towebs.chatqa.tools.demo;

import java.util.List;

/**
 * The teams and agents of the demo data. The ids are the ones of the Keycloak realm, so a demo manager or agent
 * who logs in sees its own chats. Each agent has a style of its own: Florencia, Agustina and Carla work by the
 * rubric, Diego and Sofía are uneven, Matías and Ramiro show the usual faults (no greeting, silent holds,
 * jargon, careless typing, a curt or rude reply now and then).
 */
final class DemoRoster {

    static final DemoTeam HOSTING = new DemoTeam("hosting", "Hosting y cPanel");
    static final DemoTeam MAIL = new DemoTeam("correo", "Correo");
    static final DemoTeam DOMAINS = new DemoTeam("dominios", "Dominios y SSL");

    static final List<DemoTeam> TEAMS = List.of(HOSTING, MAIL, DOMAINS);

    //                                                greets parap diagn hold  touch expl  tick  more  sorry plain slips
    // snaps
    private static final AgentStyle EXEMPLARY =
            new AgentStyle(0.98, 0.90, 0.90, 0.95, 0.95, 0.95, 0.95, 0.95, 0.85, 0.90, 0.02, 0.00);
    private static final AgentStyle WARM =
            new AgentStyle(0.95, 0.85, 0.80, 0.90, 0.90, 0.90, 0.90, 0.90, 0.95, 0.90, 0.04, 0.00);
    private static final AgentStyle TECHNICAL =
            new AgentStyle(0.95, 0.75, 0.95, 0.90, 0.88, 0.95, 0.95, 0.80, 0.55, 0.50, 0.02, 0.00);
    private static final AgentStyle UNEVEN =
            new AgentStyle(0.80, 0.50, 0.60, 0.70, 0.50, 0.70, 0.60, 0.60, 0.45, 0.60, 0.10, 0.03);
    private static final AgentStyle HURRIED =
            new AgentStyle(0.85, 0.45, 0.55, 0.70, 0.50, 0.50, 0.30, 0.50, 0.50, 0.60, 0.10, 0.04);
    private static final AgentStyle CARELESS =
            new AgentStyle(0.50, 0.30, 0.50, 0.50, 0.35, 0.55, 0.50, 0.35, 0.20, 0.30, 0.65, 0.08);
    private static final AgentStyle CURT =
            new AgentStyle(0.30, 0.15, 0.35, 0.35, 0.30, 0.45, 0.40, 0.20, 0.10, 0.20, 0.35, 0.22);

    static final List<DemoAgent> AGENTS = List.of(
            new DemoAgent("florencia.rios", "Florencia Ríos", HOSTING, EXEMPLARY),
            new DemoAgent("diego.acosta", "Diego Acosta", HOSTING, UNEVEN),
            new DemoAgent("matias.quiroga", "Matías Quiroga", HOSTING, CURT),
            new DemoAgent("agustina.luna", "Agustina Luna", MAIL, WARM),
            new DemoAgent("ramiro.sosa", "Ramiro Sosa", MAIL, CARELESS),
            new DemoAgent("carla.mendez", "Carla Méndez", DOMAINS, TECHNICAL),
            new DemoAgent("sofia.benitez", "Sofía Benítez", DOMAINS, HURRIED));

    private DemoRoster() {}

    static DemoAgent agent(String id) {
        return AGENTS.stream()
                .filter(agent -> agent.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo agent " + id));
    }
}
