package dev.onramp.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagram.LoopDiff.Change;
import dev.onramp.diagram.LoopDiff.Kind;
import dev.onramp.loop.BeatsLoop;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What changed between two versions of a loop, element by element, read from the Beats loop and edits of it. */
class LoopDiffTest {

    private static String beats() throws IOException {
        try (InputStream in = LoopDiffTest.class.getClassLoader().getResourceAsStream(BeatsLoop.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static LoopDiff.Changes diff(String from, String to) {
        return LoopDiff.between(from.getBytes(StandardCharsets.UTF_8), to.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldFindNoChangeBetweenAVersionAndItself() throws IOException {
        assertThat(diff(beats(), beats()).isEmpty()).isTrue();
    }

    @Test
    void shouldFindAnElementAddedAndTheSameElementRemovedTheOtherWayRound() throws IOException {
        String before = beats();
        String after = before.replace("</bpmn:process>",
                "<bpmn:endEvent id=\"EndEvent_Extra\" name=\"Extra end\" /></bpmn:process>");

        assertThat(diff(before, after).all()).containsExactly(new Change(Kind.ADDED, "EndEvent_Extra", "endEvent", "Extra end"));
        assertThat(diff(after, before).all()).containsExactly(new Change(Kind.REMOVED, "EndEvent_Extra", "endEvent", "Extra end"));
    }

    @Test
    void shouldFindARenamedStageAndAChangedScorecardButNotAMovedShape() throws IOException {
        String before = beats();
        String after = before.replace("name=\"Technical panel\"", "name=\"Technical pairing\"")
                .replace("<camunda:property name=\"durationMinutes\" value=\"45\" />",
                        "<camunda:property name=\"durationMinutes\" value=\"50\" />")
                .replaceFirst("x=\"(\\d+)\"", "x=\"$11\"");

        assertThat(diff(before, after).all()).extracting(Change::kind, Change::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, BeatsLoop.CALL_ACTIVITY_TEAM_FIT),
                org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, BeatsLoop.CALL_ACTIVITY_TECHNICAL_PANEL));
        assertThat(diff(before, after).idsOf(Kind.CHANGED))
                .isEqualTo(BeatsLoop.CALL_ACTIVITY_TEAM_FIT + " " + BeatsLoop.CALL_ACTIVITY_TECHNICAL_PANEL);
    }
}
