package dev.onramp.people;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.stereotype.Component;

/**
 * What a password must be, wherever one is set: at least {@value #MIN_LENGTH} characters and at most what BCrypt
 * reads ({@value #MAX_BYTES} bytes); no control characters (a NUL, a tab, a line break); not the person's name or
 * username, nor one of them with a few digits or signs around it; and hard enough to guess by nbvcxz's estimate
 * (at least {@value #MIN_ENTROPY} bits, with the person's own names counting as nothing): not a common password,
 * keyboard walk, sequence or repetition. Answers the first problem found.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final double MIN_ENTROPY = 35;
    /** Letters left once the person's names are taken out, below which the password is derived from them. */
    static final int MIN_OWN_LETTERS = 4;
    private static final String PASSWORDS_DICTIONARY = "passwords";

    /**
     * nbvcxz's dictionaries, read on another thread while the application starts (reading and sorting them is about
     * a twentieth of the start-up's CPU time, and start-up is single-threaded); the first check waits for them.
     */
    private final CompletableFuture<List<Dictionary>> dictionaries =
            CompletableFuture.supplyAsync(ConfigurationBuilder::getDefaultDictionaries);

    /** Why a password is refused, as a message key (with {@link #MIN_LENGTH} as its argument where it says so). */
    public enum Problem {
        REQUIRED("password.required"),
        CONTROL_CHARACTERS("password.controlCharacters"),
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        PERSONAL("password.personal"),
        COMMON("password.common"),
        WEAK("password.weak");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return this == TOO_SHORT ? new Object[] {MIN_LENGTH} : new Object[0];
        }
    }

    /** The first problem with this password for the person with this username and name, or empty when it will do. */
    public Optional<Problem> check(String password, String username, String name) {
        if (password == null || password.isBlank()) {
            return Optional.of(Problem.REQUIRED);
        }
        if (password.codePoints().anyMatch(PasswordPolicy::isControlOrBroken)) {
            return Optional.of(Problem.CONTROL_CHARACTERS);
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        List<String> personal = personalWords(username, name);
        if (derivedFrom(password, personal)) {
            return Optional.of(Problem.PERSONAL);
        }
        Result estimate = estimator(personal).estimate(password);
        if (estimate.getEntropy() >= MIN_ENTROPY) {
            return Optional.empty();
        }
        int common = estimate.getMatches().stream()
                .filter(m -> m instanceof DictionaryMatch d && PASSWORDS_DICTIONARY.equals(d.getDictionaryName()))
                .mapToInt(m -> m.getLength()).sum();
        return Optional.of(2 * common >= password.length() ? Problem.COMMON : Problem.WEAK);
    }

    /** NUL, tab, line breaks, DEL and the other control characters; a lone half of a surrogate pair. */
    private static boolean isControlOrBroken(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.SURROGATE;
    }

    /** "ana.lopez" and "Ana López" give ana.lopez, analopez, ana, lopez (the parts of at least three letters). */
    static List<String> personalWords(String username, String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String source : new String[] {username, name}) {
            if (source == null || source.isBlank()) {
                continue;
            }
            String plain = plain(source);
            words.add(source.strip().toLowerCase(Locale.ROOT));
            words.add(plain.replaceAll("[^\\p{L}\\p{N}]", ""));
            Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(part -> part.length() >= 3).forEach(words::add);
        }
        words.removeIf(String::isEmpty);
        List<String> longestFirst = new ArrayList<>(words);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return longestFirst;
    }

    /** Once every personal word is taken out, fewer than {@value #MIN_OWN_LETTERS} letters are left. */
    static boolean derivedFrom(String password, List<String> personal) {
        String rest = plain(password).replaceAll("[^\\p{L}\\p{N}]", "");
        boolean found = false;
        for (String word : personal) {
            String bare = word.replaceAll("[^\\p{L}\\p{N}]", "");
            if (bare.length() >= 3 && rest.contains(bare)) {
                rest = rest.replace(bare, "");
                found = true;
            }
        }
        return found && rest.codePoints().filter(Character::isLetter).count() < MIN_OWN_LETTERS;
    }

    /** Lower case, accents dropped: "López" → "lopez". */
    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** nbvcxz with its dictionaries plus the person's own words, which add nothing to the estimate. */
    private Nbvcxz estimator(List<String> personal) {
        List<Dictionary> all = new ArrayList<>(dictionaries.join());
        if (!personal.isEmpty()) {
            all.add(new DictionaryBuilder().setDictionaryName("personal").setExclusion(true)
                    .addWords(personal, 0).createDictionary());
        }
        return new Nbvcxz(new ConfigurationBuilder().setDictionaries(all).setMinimumEntropy(MIN_ENTROPY)
                .setLocale(Locale.ENGLISH).createConfiguration());
    }
}
