package dev.onramp.people;

/** A self-organising team; {@code loopProcessKey} names the BPMN process that is its interview loop. */
public record Team(long id, String slug, String name, String loopProcessKey, Long leadId, Long hiringManagerId) {
}
