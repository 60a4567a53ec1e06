package dev.onramp.hiring;

/**
 * Which page of a long list to show: {@code page} from 1 to {@code pages} (at least 1, even for an empty list),
 * {@code size} items each. A requested page that is missing, malformed, below 1 or past the end is the nearest
 * page there is, never an error.
 */
record Paging(int page, int pages, int size, long total) {

    static Paging of(String requested, long total, int size) {
        int pages = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
        int page = 1;
        if (requested != null) {
            try {
                long n = Long.parseLong(requested.strip());
                page = (int) Math.max(1, Math.min(pages, n));
            } catch (NumberFormatException e) {
                page = 1;
            }
        }
        return new Paging(page, pages, size, total);
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
