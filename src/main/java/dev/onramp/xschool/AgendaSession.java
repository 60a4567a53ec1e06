package dev.onramp.xschool;

import java.time.Instant;

/** One session of a cohort's week; {@code teamId} only for {@link SessionKind#TEAM_LEAD}. */
public record AgendaSession(long id, long cohortId, SessionKind kind, Long teamId, String titleKey, Instant startsAt,
                            Instant endsAt, SessionStatus status) {
}
