package dev.onramp.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.onramp.hiring.ApplicationRepository;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** "Take-home received" pressed by two recruiters at once (seen in TwoNodeIT as a 500): the second gets a message. */
class TakeHomeReceivedTest {

    private final TakeHomes takeHomes = mock(TakeHomes.class);
    private final TakeHomeController controller = new TakeHomeController(mock(InterviewScheduling.class), takeHomes,
            mock(ApplicationRepository.class));

    @Test
    void shouldSayNothingWaitsWhenAnotherRecruiterMarkedTheTakeHomeReceivedAtTheSameMoment() {
        when(takeHomes.received(7L)).thenThrow(new OptimisticLockingException("message subscription deleted meanwhile"));
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        assertThat(controller.takeHomeReceived(7L, redirect)).isEqualTo("redirect:/applications/7");
        assertThat(redirect.getFlashAttributes().get("flashError")).isEqualTo("takehome.notWaiting");
    }

    @Test
    void shouldConfirmWhenThisRequestToldTheStage() {
        when(takeHomes.received(8L)).thenReturn(true);
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        assertThat(controller.takeHomeReceived(8L, redirect)).isEqualTo("redirect:/applications/8");
        assertThat(redirect.getFlashAttributes().get("flash")).isEqualTo("takehome.received");
    }
}
