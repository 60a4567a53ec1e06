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

    MyInterviewsController(MyInterviews myInterviews) {
        this.myInterviews = myInterviews;
    }

    @GetMapping("/interviews")
    @PreAuthorize("hasRole('INTERVIEWER')")
    String myInterviews(@AuthenticationPrincipal OnrampUser me, Model model) {
        MyInterviews.Listing listing = myInterviews.of(me);
        model.addAttribute("upcoming", listing.upcoming());
        model.addAttribute("past", listing.past());
        model.addAttribute("zone", me.timeZone());
        return VIEW;
    }
}
