package dev.onramp.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feedback form as posted: a rating ({@link Rating} name) and evidence per focus attribute slug
 * ({@code ratings[technical-depth]=YES}, {@code evidence[technical-depth]=…}), the vote ({@link Vote} name), its
 * reason and a note for the next interviewers. Everything is kept as typed, so a page with errors shows it again.
 */
record FeedbackForm(Map<String, String> ratings, Map<String, String> evidence, String vote, String voteReason,
                    String noteForNext) {

    static final int MAX_TEXT = 2000;

    FeedbackForm {
        ratings = ratings == null ? new LinkedHashMap<>() : new LinkedHashMap<>(ratings);
        evidence = evidence == null ? new LinkedHashMap<>() : new LinkedHashMap<>(evidence);
    }

    static FeedbackForm of(Optional<Feedback> saved) {
        if (saved.isEmpty()) {
            return new FeedbackForm(null, null, null, null, null);
        }
        Feedback f = saved.get();
        Map<String, String> ratings = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        f.scores().forEach((attribute, score) -> {
            if (score.rating() != null) {
                ratings.put(attribute, score.rating().name());
            }
            if (score.evidence() != null) {
                evidence.put(attribute, score.evidence());
            }
        });
        return new FeedbackForm(ratings, evidence, f.vote() == null ? null : f.vote().name(), f.voteReason(),
                f.noteForNext());
    }

    Optional<Rating> rating(String attribute) {
        return Rating.parse(ratings.get(attribute));
    }

    Optional<Vote> chosenVote() {
        return Vote.parse(vote);
    }

    /** What to store, for the stage's attributes only; blank text is stored as nothing. */
    FeedbackRepository.Content content(List<String> focus) {
        Map<String, Feedback.Score> scores = new LinkedHashMap<>();
        for (String attribute : focus) {
            Rating rating = rating(attribute).orElse(null);
            String text = blankToNull(evidence.get(attribute));
            if (rating != null || text != null) {
                scores.put(attribute, new Feedback.Score(rating, text));
            }
        }
        return new FeedbackRepository.Content(scores, chosenVote().orElse(null), blankToNull(voteReason),
                blankToNull(noteForNext));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
