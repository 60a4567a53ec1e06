package dev.onramp.audit;

import java.util.List;

/** One page of audit entries, newest first; {@code page} counts from 0. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long lastPage() {
        return total == 0 ? 0 : (total - 1) / size;
    }
}
