package org.mentorcred.systemtests.support;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of an event topic, read as a consumer would: the CloudEvents id and type (the type's short name,
 * {@code EligibilityDecided} for {@code org.mentorcred.eligibility.EligibilityDecided.v1}), the key and the data.
 */
public record Event(String topic, int partition, long offset, String key, String id, String type, JsonNode data) {

    public String text(String field) {
        JsonNode node = data.path(field);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    static String shortType(String ceType) {
        if (ceType == null) {
            return null;
        }
        String[] parts = ceType.split("\\.");
        return parts.length >= 2 && parts[parts.length - 1].matches("v\\d+") ? parts[parts.length - 2] : ceType;
    }

    @Override
    public String toString() {
        return type + " " + id + " (" + topic + "/" + partition + "@" + offset + ", key " + key + ")";
    }
}
