package com.towebs.chatqa.operations.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.towebs.chatqa.evaluation.Evidence;
import java.util.List;

/**
 * Evidence is stored as a JSON array of {"message": index, "quote": words} in one column: it is read with
 * its verdict, never queried by itself, and this keeps grading to a few inserts per chat. (The entities hold
 * the JSON text itself: Hibernate 6.6 cannot dirty-check a converted list inside an element collection.)
 */
final class EvidenceJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Evidence>> EVIDENCE_LIST = new TypeReference<>() {};

    private EvidenceJson() {}

    static String write(List<Evidence> evidence) {
        try {
            return JSON.writeValueAsString(evidence == null ? List.of() : evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence cannot be written as JSON", e);
        }
    }

    static List<Evidence> read(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(column, EVIDENCE_LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence is not valid JSON", e);
        }
    }
}
