package dev.onramp.system;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The IANA zones people and candidates may choose from (region zones, no legacy aliases). */
@Component("timeZones")
public class TimeZones {

    private final List<String> all = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")
                    && !id.startsWith("US/") && !id.startsWith("Canada/") && !id.startsWith("Brazil/")
                    && !id.startsWith("Mexico/") && !id.startsWith("Chile/"))
            .sorted()
            .toList();

    public List<String> all() {
        return all;
    }

    /** A zone id exactly as offered, or empty for blank, unknown or legacy names. */
    public Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || !all.contains(id.strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
