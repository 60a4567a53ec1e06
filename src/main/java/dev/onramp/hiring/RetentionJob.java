package dev.onramp.hiring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anonymises the applications that ended longer ago than {@code onramp.privacy.retention}, every night
 * ({@code onramp.privacy.retention-cron}, UTC). Each application in its own transaction: one that fails is logged and
 * tried again the next night; the others are done. Every node may run it: a second anonymisation changes nothing.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    static final int BATCH = 500;

    private final ApplicationRepository applications;
    private final CandidatePrivacy privacy;
    private final Clock clock;

    RetentionJob(ApplicationRepository applications, CandidatePrivacy privacy, Clock clock) {
        this.applications = applications;
        this.privacy = privacy;
        this.clock = clock;
    }

    @Scheduled(cron = "${onramp.privacy.retention-cron:0 30 3 * * *}", zone = "UTC")
    void nightly() {
        run(clock.instant());
    }

    /** Anonymises what is past its lifetime at {@code now}; answers how many applications it anonymised. */
    int run(Instant now) {
        int done = 0;
        List<Long> due;
        do {
            due = applications.findEndedNotAnonymisedBefore(privacy.cutoff(now), BATCH);
            int before = done;
            for (long id : due) {
                try {
                    if (privacy.anonymiseExpired(id, now)) {
                        done++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Application {}: anonymisation failed, tried again next run", id, e);
                }
            }
            if (done == before) {
                break;
            }
        } while (due.size() == BATCH);
        if (done > 0) {
            log.info("Retention: {} ended application(s) anonymised", done);
        }
        return done;
    }
}
