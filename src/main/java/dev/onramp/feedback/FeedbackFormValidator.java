package dev.onramp.feedback;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks a feedback form against its stage's focus attributes. A draft is only checked for what could never be
 * stored (unknown attributes or choices, text over {@value FeedbackForm#MAX_TEXT} characters); a submission must
 * also be complete: every attribute rated, evidence for the strong ratings, a vote, and a reason for a -1.
 */
@Component
class FeedbackFormValidator {

    /** @return whether the form names attributes the stage does not have (a tampered form: a 400) */
    boolean check(FeedbackForm form, List<String> focus, boolean submitting, Errors errors) {
        Set<String> unknown = new LinkedHashSet<>(form.ratings().keySet());
        unknown.addAll(form.evidence().keySet());
        unknown.removeAll(focus);
        if (!unknown.isEmpty()) {
            errors.rejectValue("ratings", "feedback.attribute.unknown", new Object[] {String.join(", ", unknown)},
                    "unknown attribute");
        }
        for (String attribute : focus) {
            String rating = form.ratings().get(attribute);
            boolean chosen = rating != null && !rating.isBlank();
            if (chosen && form.rating(attribute).isEmpty()) {
                errors.rejectValue(ratingField(attribute), "feedback.rating.unknown");
            } else if (submitting && !chosen) {
                errors.rejectValue(ratingField(attribute), "feedback.rating.required");
            }
            String evidence = form.evidence().get(attribute);
            if (tooLong(evidence)) {
                errors.rejectValue(evidenceField(attribute), "feedback.tooLong",
                        new Object[] {FeedbackForm.MAX_TEXT}, "too long");
            } else if (submitting && form.rating(attribute).filter(Rating::isStrong).isPresent()
                    && FeedbackForm.blankToNull(evidence) == null) {
                errors.rejectValue(evidenceField(attribute), "feedback.evidence.required");
            }
        }
        boolean voted = form.vote() != null && !form.vote().isBlank();
        if (voted && form.chosenVote().isEmpty()) {
            errors.rejectValue("vote", "feedback.vote.unknown");
        } else if (submitting && !voted) {
            errors.rejectValue("vote", "feedback.vote.required");
        }
        if (tooLong(form.voteReason())) {
            errors.rejectValue("voteReason", "feedback.tooLong", new Object[] {FeedbackForm.MAX_TEXT}, "too long");
        } else if (submitting && form.chosenVote().filter(Vote::isVeto).isPresent()
                && FeedbackForm.blankToNull(form.voteReason()) == null) {
            errors.rejectValue("voteReason", "feedback.voteReason.required");
        }
        if (tooLong(form.noteForNext())) {
            errors.rejectValue("noteForNext", "feedback.tooLong", new Object[] {FeedbackForm.MAX_TEXT}, "too long");
        }
        return !unknown.isEmpty();
    }

    static String ratingField(String attribute) {
        return "ratings[" + attribute + "]";
    }

    static String evidenceField(String attribute) {
        return "evidence[" + attribute + "]";
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > FeedbackForm.MAX_TEXT;
    }
}
