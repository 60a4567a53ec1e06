package dev.onramp.onboarding;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.PersonRepository.NewPerson;
import dev.onramp.people.Role;
import dev.onramp.people.WorkingHours;
import dev.onramp.tasklist.Notifications;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where onboarding starts: the offer hands over a new hire, and this creates the person (role NEW_HIRE, able
 * to sign in as soon as they set a password: pre-boarding), their checklist, a one-time password link (mailed to
 * them, and shown to the recruiters), and their {@link OnboardingProcess}. All or nothing.
 */
@Service
public class Onboarding {

    /** The longest username we create, leaving room for a number. */
    static final int USERNAME_MAX = 50;
    static final String FALLBACK_USERNAME = "new.hire";
    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final PersonRepository people;
    private final MentoringRepository mentoring;
    private final ChecklistRepository checklist;
    private final PasswordTokens tokens;
    private final Notifications notifications;
    private final PasswordMail passwordMail;
    private final RuntimeService runtime;
    private final Clock clock;

    Onboarding(PersonRepository people, MentoringRepository mentoring, ChecklistRepository checklist,
               PasswordTokens tokens, Notifications notifications, PasswordMail passwordMail, RuntimeService runtime,
               Clock clock) {
        this.people = people;
        this.mentoring = mentoring;
        this.checklist = checklist;
        this.tokens = tokens;
        this.notifications = notifications;
        this.passwordMail = passwordMail;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * Starts onboarding; returns the process instance id.
     *
     * @throws IllegalArgumentException with a message key as its message: a start date in the past (in the new
     *                                  hire's zone), an e-mail that is already someone's, an unknown manager
     */
    @Transactional
    public String start(NewHireDetails d) {
        LocalDate today = LocalDate.now(clock.withZone(d.zone()));
        if (d.startDate().isBefore(today)) {
            throw new IllegalArgumentException("onboarding.startDate.past");
        }
        Person manager = people.findById(d.managerId())
                .orElseThrow(() -> new IllegalArgumentException("onboarding.manager.unknown"));
        if (mentoring.emailInUse(d.email().strip())) {
            throw new IllegalArgumentException("onboarding.email.taken");
        }
        long personId = people.insert(new NewPerson(uniqueUsername(d.name()), d.name().strip(), d.email().strip(), null,
                d.zone(), d.country().toUpperCase(Locale.ROOT), d.teamId(), d.managerId(), WorkingHours.DEFAULT_START,
                WorkingHours.DEFAULT_END, d.startDate(), false, null, null, null, EnumSet.of(Role.NEW_HIRE)));
        mentoring.insertOnboarding(personId, d.applicationId(), clock.instant(), d.hiringPanelIds());
        checklist.copyTemplate(personId, d.teamId(), WorkingHours.standard(d.zone()), d.startDate());

        String link = PasswordController.path(tokens.create(personId));
        notifications.notify(people.findByRole(Role.RECRUITER).stream().map(Person::id).toList(),
                "notification.onboarding.passwordLink", link, d.name().strip(), link);
        passwordMail.send(personId, d.name().strip(), d.email().strip(), link);

        String instanceId = runtime.startProcessInstanceByKey(OnboardingProcess.KEY, OnboardingProcess.businessKey(personId),
                OnboardingProcess.startVariables(personId, d.applicationId(), manager.username())).getId();
        mentoring.setProcessInstanceId(personId, instanceId);
        log.info("Started {} {} for new hire {}", OnboardingProcess.KEY, instanceId, personId);
        return instanceId;
    }

    /** "Ana López" → "ana.lopez", then "ana.lopez2", … : ASCII letters and digits joined by dots. */
    String uniqueUsername(String name) {
        String base = username(name);
        String candidate = base;
        for (int n = 2; people.findCredentials(candidate).isPresent(); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    static String username(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("Æ", "ae")
                .replace("ł", "l").replace("Ł", "l").replace("đ", "d").replace("Đ", "d")
                .toLowerCase(Locale.ROOT);
        String joined = ascii.replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
        if (joined.length() > USERNAME_MAX) {
            joined = joined.substring(0, USERNAME_MAX).replaceAll("\\.+$", "");
        }
        return joined.isEmpty() ? FALLBACK_USERNAME : joined;
    }
}
