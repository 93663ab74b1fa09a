package com.towebs.chatqa.operations.ingestion.whmcs;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * How the panel's words become the product's: the panel's time zone (its dates have none), staff display names
 * to agent ids, department ids to team ids, and the agent id for staff not in the map (a slug of the name when
 * null).
 */
public record WhmcsMapping(
        ZoneId zone, Map<String, String> staffToAgent, Map<String, String> departmentToTeam, String defaultAgent) {

    public WhmcsMapping {
        Objects.requireNonNull(zone, "zone");
        staffToAgent = Map.copyOf(staffToAgent);
        departmentToTeam = Map.copyOf(departmentToTeam);
    }
}
