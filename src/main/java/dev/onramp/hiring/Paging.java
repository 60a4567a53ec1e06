package dev.onramp.hiring;

/**
 * Which page of a long list to show: {@code page} from 1 to {@code pages} (at least 1, even for an empty list),
 * {@code size} items each. A requested page below 1 or past the end (however far) is the nearest page there is; a
 * missing or malformed one the first; never an error.
 */
record Paging(int page, int pages, int size, long total) {

    static Paging of(String requested, long total, int size) {
        int pages = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
        int page = 1;
        if (requested != null) {
            try {
                java.math.BigInteger n = new java.math.BigInteger(requested.strip());
                page = n.signum() <= 0 ? 1 : n.min(java.math.BigInteger.valueOf(pages)).intValue();
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
