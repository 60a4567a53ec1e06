package dev.onramp.interview;

import dev.onramp.people.OnrampUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** My interviews: the ones I sit on, upcoming and past, in my zone; for interviewers only. */
@Controller
class MyInterviewsController {

    static final String VIEW = "interview/my-interviews";

    private final MyInterviews myInterviews;
    private final InterviewRepository interviews;
    private final InterviewLifecycle lifecycle;

    MyInterviewsController(MyInterviews myInterviews, InterviewRepository interviews, InterviewLifecycle lifecycle) {
        this.myInterviews = myInterviews;
        this.interviews = interviews;
        this.lifecycle = lifecycle;
    }

    @GetMapping("/interviews")
    @PreAuthorize("hasRole('INTERVIEWER')")
    String myInterviews(@AuthenticationPrincipal OnrampUser me, Model model) {
        MyInterviews.Listing listing = myInterviews.of(me);
        model.addAttribute("upcoming", listing.upcoming());
        model.addAttribute("past", listing.past());
        model.addAttribute("zone", me.timeZone());
        // the interviews I may mark held now (begun, feedback not open yet): a button on each
        model.addAttribute("holdable", java.util.stream.Stream.concat(listing.upcoming().stream(), listing.past().stream())
                .filter(r -> !r.isTakeHome() && r.status() == Interview.Status.SCHEDULED)
                .map(MyInterviews.Row::id)
                .filter(id -> lifecycle.actions(interviews.get(id), me).hold())
                .collect(java.util.stream.Collectors.toSet()));
        return VIEW;
    }
}
