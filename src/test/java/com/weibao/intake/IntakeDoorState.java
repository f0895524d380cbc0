package com.weibao.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Http;
import jakarta.persistence.EntityManager;

/**
 * What the intake webhooks' refusals can have left behind, at one moment: the quarantine's rows and stored body
 * bytes, and the refusals of a channel the supervisors' summary counts.
 */
public record IntakeDoorState(long quarantineRows, long quarantineBodyBytes, JsonNode refusals, String channel) {

    public static IntakeDoorState of(EntityManager entities, Http http, String channel) {
        Object[] quarantine = (Object[]) entities.createQuery("select count(q),"
                + " coalesce(sum(case when q.bodyKept = true then q.bodyBytes else 0 end), 0) from QuarantinedItem q")
                .getSingleResult();
        Http.Response refusals = http.get("lead", "/api/intake/refusals");
        if (refusals.status() != 200) {
            throw new IllegalStateException("refusals: " + refusals.status() + " " + refusals.text());
        }
        return new IntakeDoorState(((Number) quarantine[0]).longValue(), ((Number) quarantine[1]).longValue(),
                refusals.json(), channel);
    }

    /** The channel's refusals counted since {@code before}, for one reason or (null) all. */
    public long refusedSince(IntakeDoorState before, IntakeDoor.Refusal reason) {
        return count(reason) - before.count(reason);
    }

    private long count(IntakeDoor.Refusal reason) {
        long sum = 0;
        for (JsonNode c : refusals.get("refused")) {
            if (c.get("channel").asText().equals(channel)
                    && (reason == null || c.get("reason").asText().equals(reason.name()))) {
                sum += c.get("count").asLong();
            }
        }
        return sum;
    }
}
