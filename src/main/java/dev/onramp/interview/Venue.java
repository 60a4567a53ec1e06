package dev.onramp.interview;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an interview takes place: a place ({@code location}, one line of at most {@value #MAX_LOCATION} characters)
 * and/or a video link (an http or https URL of at most {@value #MAX_VIDEO_LINK} characters); either may be absent.
 * Both go into the calendar invite as text (LOCATION, URL), escaped by ical4j.
 */
public record Venue(String location, String videoLink) {

    public static final int MAX_LOCATION = 200;
    public static final int MAX_VIDEO_LINK = 500;
    public static final Venue NONE = new Venue(null, null);

    public Venue {
        location = blankToNull(location);
        videoLink = blankToNull(videoLink);
        if (!isLocation(location) || !isVideoLink(videoLink)) {
            throw new IllegalArgumentException("not a venue");
        }
    }

    /** Absent, or one line of printable text of at most {@value #MAX_LOCATION} characters. */
    public static boolean isLocation(String value) {
        String v = blankToNull(value);
        return v == null || v.length() <= MAX_LOCATION && v.codePoints().noneMatch(Character::isISOControl);
    }

    /** Absent, or an absolute http(s) URL with a host, of at most {@value #MAX_VIDEO_LINK} characters. */
    public static boolean isVideoLink(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return true;
        }
        if (v.length() > MAX_VIDEO_LINK || v.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return false;
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public boolean isEmpty() {
        return location == null && videoLink == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
