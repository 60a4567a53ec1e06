package dev.onramp.app;

import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.loop.BeatsLoop;
import dev.onramp.loop.CloudLoop;
import dev.onramp.loop.ElasticsearchLoop;
import dev.onramp.loop.KibanaLoop;
import dev.onramp.loop.LogstashLoop;
import dev.onramp.loop.MachineLearningLoop;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.ProcessDeploymentConfig;
import dev.onramp.people.PersonRepository.NewPerson;
import dev.onramp.people.Role;
import dev.onramp.people.TeamRepository;
import dev.onramp.xschool.CohortRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo organisation, loaded once into an empty database when the {@code demo} profile is on:
 * six teams, 45 people in 36 zones on six continents, open requisitions and a year of X-School
 * cohorts. Every demo sign-in has the password {@code demo}.
 */
@Component
@ConditionalOnProperty(name = "onramp.demo.enabled", havingValue = "true")
@Order(ProcessDeploymentConfig.ORDER + 10)
class DemoOrganisation implements ApplicationRunner {

    static final String PASSWORD = "demo";
    static final String MOUNTAIN_VIEW = "Mountain View, CA";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private static final Set<Role> INTERVIEWER = EnumSet.of(Role.INTERVIEWER);
    private static final Set<Role> INTERVIEWER_MENTOR = EnumSet.of(Role.INTERVIEWER, Role.MENTOR);
    private static final Set<Role> LEAD = EnumSet.of(Role.INTERVIEWER, Role.MENTOR);
    private static final Set<Role> MANAGER = EnumSet.of(Role.HIRING_MANAGER, Role.INTERVIEWER);

    /** team slug, name, loop process key */
    private static final List<String[]> TEAMS = List.of(
            new String[] {"elasticsearch", "Elasticsearch", ElasticsearchLoop.KEY},
            new String[] {"kibana", "Kibana", KibanaLoop.KEY},
            new String[] {"logstash", "Logstash", LogstashLoop.KEY},
            new String[] {"beats", "Beats", BeatsLoop.KEY},
            new String[] {"cloud", "Cloud", CloudLoop.KEY},
            new String[] {"ml", "Machine Learning", MachineLearningLoop.KEY});

    private record Demo(String username, String name, String zone, String country, String team, Set<Role> roles,
                        int monthsTenure, boolean mentorOptIn) {
    }

    private static final List<Demo> PEOPLE = List.of(
            // the documented demo sign-ins
            new Demo("admin", "Ada Admin", "Europe/Amsterdam", "NL", null, EnumSet.of(Role.ADMIN), 60, false),
            new Demo("rita", "Rita Recruiter", "Europe/Madrid", "ES", null, EnumSet.of(Role.RECRUITER), 30, false),
            new Demo("hank", "Hank Hiring", "America/Toronto", "CA", "beats", MANAGER, 48, true),
            new Demo("ivan", "Ivan Petrov", "Europe/Berlin", "DE", "beats", INTERVIEWER, 36, false),
            new Demo("priya", "Priya Raman", "Asia/Kolkata", "IN", "beats", INTERVIEWER, 26, false),
            new Demo("sam", "Sam Okafor", "Africa/Nairobi", "KE", "beats", INTERVIEWER, 20, false),
            new Demo("mia", "Mia Novak", "Asia/Dubai", "AE", "beats", EnumSet.of(Role.MENTOR), 30, true),
            new Demo("cora", "Cora Coordinator", "America/Los_Angeles", "US", null, EnumSet.of(Role.COORDINATOR), 40, false),
            // more recruiters
            new Demo("rafael", "Rafael Souza", "America/Sao_Paulo", "BR", null, EnumSet.of(Role.RECRUITER), 14, false),
            // Beats
            new Demo("bea", "Bea Lindqvist", "Europe/Stockholm", "SE", "beats", LEAD, 70, true),
            new Demo("tomas", "Tom\u00e1s Garc\u00eda", "America/Mexico_City", "MX", "beats", INTERVIEWER_MENTOR, 12, true),
            // Elasticsearch
            new Demo("elena", "Elena Rossi", "Europe/Rome", "IT", "elasticsearch", LEAD, 80, true),
            new Demo("erik", "Erik Jansen", "Europe/Amsterdam", "NL", "elasticsearch", MANAGER, 50, false),
            new Demo("kenji", "Kenji Tanaka", "Asia/Tokyo", "JP", "elasticsearch", INTERVIEWER_MENTOR, 28, true),
            new Demo("amara", "Amara Nwosu", "Africa/Lagos", "NG", "elasticsearch", INTERVIEWER, 18, false),
            new Demo("liam", "Liam O'Connor", "Europe/Dublin", "IE", "elasticsearch", INTERVIEWER_MENTOR, 40, true),
            new Demo("sofia", "Sof\u00eda Fern\u00e1ndez", "America/Argentina/Buenos_Aires", "AR", "elasticsearch", INTERVIEWER, 9, false),
            new Demo("jack", "Jack Wilson", "Australia/Sydney", "AU", "elasticsearch", INTERVIEWER_MENTOR, 33, true),
            // Kibana
            new Demo("kate", "Kate Morgan", "America/New_York", "US", "kibana", LEAD, 66, true),
            new Demo("karl", "Karl Becker", "Europe/Berlin", "DE", "kibana", MANAGER, 45, false),
            new Demo("lucia", "Luc\u00eda Torres", "America/Bogota", "CO", "kibana", INTERVIEWER_MENTOR, 22, true),
            new Demo("noah", "Noah Cohen", "America/Chicago", "US", "kibana", INTERVIEWER, 15, false),
            new Demo("aiko", "Aiko Suzuki", "Asia/Tokyo", "JP", "kibana", INTERVIEWER, 11, true),
            new Demo("zanele", "Zanele Dlamini", "Africa/Johannesburg", "ZA", "kibana", INTERVIEWER_MENTOR, 27, true),
            // Logstash
            new Demo("lars", "Lars Eriksen", "Europe/Oslo", "NO", "logstash", LEAD, 90, true),
            new Demo("laura", "Laura Schmidt", "Europe/Vienna", "AT", "logstash", MANAGER, 52, false),
            new Demo("diego", "Diego Alvarez", "America/Santiago", "CL", "logstash", INTERVIEWER_MENTOR, 31, true),
            new Demo("mei", "Mei Chen", "Asia/Singapore", "SG", "logstash", INTERVIEWER, 19, false),
            new Demo("owen", "Owen Harris", "Pacific/Auckland", "NZ", "logstash", INTERVIEWER_MENTOR, 24, true),
            // Cloud
            new Demo("chloe", "Chlo\u00e9 Martin", "Europe/Paris", "FR", "cloud", LEAD, 58, true),
            new Demo("carlos", "Carlos Mendes", "Europe/Lisbon", "PT", "cloud", MANAGER, 44, false),
            new Demo("dev", "Dev Sharma", "Asia/Kolkata", "IN", "cloud", INTERVIEWER_MENTOR, 29, true),
            new Demo("grace", "Grace Kim", "America/Los_Angeles", "US", "cloud", INTERVIEWER, 16, false),
            new Demo("yusuf", "Yusuf Demir", "Europe/Istanbul", "TR", "cloud", INTERVIEWER, 21, true),
            new Demo("olivia", "Olivia Brown", "America/Denver", "US", "cloud", INTERVIEWER_MENTOR, 38, true),
            // Machine Learning
            new Demo("max", "Max Weber", "Europe/Zurich", "CH", "ml", LEAD, 62, true),
            new Demo("mariam", "Mariam Haddad", "Africa/Cairo", "EG", "ml", MANAGER, 41, false),
            new Demo("hiro", "Hiro Watanabe", "Asia/Tokyo", "JP", "ml", INTERVIEWER_MENTOR, 35, true),
            new Demo("ana", "Ana Silva", "America/Sao_Paulo", "BR", "ml", INTERVIEWER, 13, false),
            new Demo("ben", "Ben Taylor", "Australia/Melbourne", "AU", "ml", INTERVIEWER_MENTOR, 26, true),
            new Demo("nina", "Nina Ivanova", "Europe/Warsaw", "PL", "ml", INTERVIEWER, 8, false),
            // newer people (under six months: not yet mentors)
            new Demo("paulo", "Paulo Costa", "America/Sao_Paulo", "BR", "beats", INTERVIEWER, 3, true),
            new Demo("fatima", "Fatima Zahra", "Africa/Casablanca", "MA", "kibana", INTERVIEWER, 4, true),
            new Demo("tane", "Tane Walker", "Pacific/Auckland", "NZ", "cloud", INTERVIEWER, 2, true),
            new Demo("jonas", "Jonas Berg", "Europe/Copenhagen", "DK", "ml", INTERVIEWER, 5, true));

    /** team slug → lead, hiring manager */
    private static final Map<String, String[]> LEADERSHIP = Map.of(
            "elasticsearch", new String[] {"elena", "erik"},
            "kibana", new String[] {"kate", "karl"},
            "logstash", new String[] {"lars", "laura"},
            "beats", new String[] {"bea", "hank"},
            "cloud", new String[] {"chloe", "carlos"},
            "ml", new String[] {"max", "mariam"});

    private final PersonRepository people;
    private final TeamRepository teams;
    private final RequisitionRepository requisitions;
    private final CohortRepository cohorts;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoOrganisation(PersonRepository people, TeamRepository teams, RequisitionRepository requisitions,
                     CohortRepository cohorts, PasswordEncoder passwords, TransactionTemplate transaction, Clock clock) {
        this.people = people;
        this.teams = teams;
        this.requisitions = requisitions;
        this.cohorts = cohorts;
        this.passwords = passwords;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.count() > 0) {
            log.info("Demo organisation already loaded");
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo organisation loaded: {} people", people.count());
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        String hash = passwords.encode(PASSWORD);
        Map<String, Long> teamIds = new HashMap<>();
        for (String[] t : TEAMS) {
            teamIds.put(t[0], teams.insert(t[0], t[1], t[2]));
        }
        Map<String, Long> ids = new HashMap<>();
        for (Demo d : PEOPLE) {
            Long teamId = d.team() == null ? null : teamIds.get(d.team());
            ids.put(d.username(), people.insert(new NewPerson(d.username(), d.name(), d.username() + "@onramp.example",
                    hash, ZoneId.of(d.zone()), d.country(), teamId, null, LocalTime.of(9, 0), LocalTime.of(18, 0),
                    today.minusMonths(d.monthsTenure()), d.mentorOptIn(), null, null, null, d.roles())));
        }
        LEADERSHIP.forEach((slug, pair) -> teams.setLeadAndHiringManager(teamIds.get(slug), ids.get(pair[0]), ids.get(pair[1])));
        // everyone in a team reports to its hiring manager (the manager's own manager is the lead)
        LEADERSHIP.forEach((slug, pair) -> people.setTeamManager(teamIds.get(slug), ids.get(pair[1]), ids.get(pair[0])));

        var now = clock.instant();
        long rita = ids.get("rita");
        requisitions.insert(new NewRequisition(teamIds.get("beats"), "Golang Developer", ids.get("hank"),
                "Anywhere", 2, "Build the lightweight shippers that send data from the edge. Go, networking, distributed systems.", rita, now));
        requisitions.insert(new NewRequisition(teamIds.get("elasticsearch"), "Java Engineer, Distributed Search",
                ids.get("erik"), "Anywhere", 1, "Work on replication, recovery and the search execution path.", rita, now));
        requisitions.insert(new NewRequisition(teamIds.get("kibana"), "Senior Frontend Engineer",
                ids.get("karl"), "Americas and Europe", 1, "TypeScript, React, data visualisation at scale.", rita, now));
        requisitions.insert(new NewRequisition(teamIds.get("cloud"), "Site Reliability Engineer",
                ids.get("carlos"), "Anywhere", 2, "Run the hosted service on three clouds; on-call in a follow-the-sun rota.", rita, now));
        requisitions.insert(new NewRequisition(teamIds.get("logstash"), "Ruby/JRuby Engineer",
                ids.get("laura"), "EMEA", 1, "Pipelines, plugins and the JRuby execution engine.", rita, now));
        requisitions.insert(new NewRequisition(teamIds.get("ml"), "Machine Learning Engineer, Anomaly Detection",
                ids.get("mariam"), "Anywhere", 1, "Time-series modelling in C++ and Java, shipped to thousands of clusters.", rita, now));

        // six cohorts a year, every other month, starting on a Monday
        LocalDate first = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < 6; i++) {
            LocalDate start = first.plusMonths(2L * i).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            cohorts.insert(start, start.plusDays(4), MOUNTAIN_VIEW, ZoneId.of("America/Los_Angeles"), 40);
        }
    }
}
