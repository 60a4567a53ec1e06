package dev.onramp.hiring;

import dev.onramp.people.OnrampUser;
import java.util.Map;

/**
 * A feature's part of an application's page (its interviews, the scorecard, the decisions, …): a Thymeleaf
 * fragment and the model attributes it reads. The application page knows no feature; it shows every section in
 * {@link #order()} between the candidate's facts and the timeline. A section decides itself what the viewer may
 * see (an attribute may be empty or null; the fragment then shows nothing).
 */
public interface ApplicationSection {

    /** Where the section stands on the page, smallest first. */
    int order();

    /** The template that holds the fragment, such as {@code interview/application-interviews}. */
    String template();

    /** The fragment's name in {@link #template()}, such as {@code interviews}. */
    String fragment();

    /** What the fragment reads, for this application and viewer. */
    Map<String, Object> model(Application application, OnrampUser viewer);
}
