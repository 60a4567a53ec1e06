package dev.onramp.hiring;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Candidates' data lifetime ({@code onramp.privacy.*}): an ended application's personal data is anonymised
 * {@code retention} after it ended (default two years) by the retention job, which runs on {@code retention-cron}
 * (UTC; default every night at 03:30; "-" turns it off); the admins' privacy page lists what is due within
 * {@code due-soon}.
 */
@ConfigurationProperties(prefix = "onramp.privacy")
public record PrivacyProperties(@DefaultValue("P2Y") Period retention, @DefaultValue("P30D") Period dueSoon,
                                @DefaultValue("0 30 3 * * *") String retentionCron) {
}
