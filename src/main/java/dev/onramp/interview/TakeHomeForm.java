package dev.onramp.interview;

import java.util.List;
import java.util.Objects;

/** The send-take-home form: who reviews the candidate's work (person ids). */
record TakeHomeForm(List<Long> reviewers) {

    TakeHomeForm {
        reviewers = reviewers == null ? List.of() : reviewers.stream().filter(Objects::nonNull).distinct().toList();
    }
}
