package dev.onramp.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.PasswordPolicy.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The password policy, rule by rule, for Ana López (username ana.lopez). */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private Optional<Problem> check(String password) {
        return policy.check(password, "ana.lopez", "Ana López");
    }

    @Test
    void shouldAcceptAFewUnrelatedWords() {
        assertThat(check("correct horse battery")).isEmpty();
        assertThat(check("a quiet heron over the lake")).isEmpty();
        assertThat(check("xkq7-vpm2-zr9w")).isEmpty();
    }

    @Test
    void shouldRequireAPassword() {
        assertThat(check(null)).contains(Problem.REQUIRED);
        assertThat(check("   ")).contains(Problem.REQUIRED);
    }

    @Test
    void shouldRefuseControlCharactersSuchAsANulByte() {
        assertThat(check("correct horse\u0000battery")).contains(Problem.CONTROL_CHARACTERS);
        assertThat(check("correct horse\tbattery")).contains(Problem.CONTROL_CHARACTERS);
        assertThat(check("correct horse battery\n")).contains(Problem.CONTROL_CHARACTERS);
        assertThat(check("correct horse \uD800battery")).as("half a surrogate pair").contains(Problem.CONTROL_CHARACTERS);
    }

    @Test
    void shouldRequireTwelveCharactersAndAtMostWhatBcryptReads() {
        assertThat(check("heron lake")).contains(Problem.TOO_SHORT);
        assertThat(Problem.TOO_SHORT.arguments()).containsExactly(12);
        assertThat(check("ö".repeat(37))).as("74 bytes").contains(Problem.TOO_LONG);
    }

    @Test
    void shouldRefuseTheNameOrUsernameAndWhatIsTriviallyDerivedFromThem() {
        assertThat(policy.check("ana.password.", "ana.password", "Ana Password")).as("'username.', as in the issue")
                .contains(Problem.PERSONAL);
        assertThat(policy.check("Ana Password", "ana.password", "Ana Password")).contains(Problem.PERSONAL);
        assertThat(policy.check("ana.password2024!", "ana.password", "Ana Password")).contains(Problem.PERSONAL);
        assertThat(policy.check("ANA-PASSWORD-ANA", "ana.password", "Ana Password")).contains(Problem.PERSONAL);
        assertThat(policy.check("lopez.ana.lopez", "ana.lopez", "Ana López")).contains(Problem.PERSONAL);
    }

    @Test
    void shouldNotMistakeAShortNameInsideAnotherWordForTheName() {
        assertThat(policy.check("sample sentence for me", "sam", "Sam Otieno")).isEmpty();
    }

    @Test
    void shouldCountTheNameAsNothingInTheStrengthEstimate() {
        assertThat(check("quiet lopez heron")).contains(Problem.WEAK);
        assertThat(policy.check("quiet lopez heron", "sam", "Sam Otieno")).as("someone else's name").isEmpty();
    }

    @Test
    void shouldRefuseCommonPasswords() {
        assertThat(check("password1234")).contains(Problem.COMMON);
        assertThat(check("qwertyuiop12")).contains(Problem.COMMON);
        assertThat(check("iloveyou1234")).contains(Problem.COMMON);
        assertThat(check("correcthorsebatterystaple")).contains(Problem.COMMON);
    }

    @Test
    void shouldRefuseEasyPatterns() {
        assertThat(check("abcdefghijkl")).contains(Problem.WEAK);
        assertThat(check("aaaaaaaaaaaa")).contains(Problem.WEAK);
        assertThat(check("a long journey password")).contains(Problem.WEAK);
    }

    @Test
    void shouldHaveAMessageForEveryProblem() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            messages.load(in);
        }
        for (Problem problem : Problem.values()) {
            assertThat(messages).as(problem.name()).containsKey(problem.messageKey());
        }
    }
}
