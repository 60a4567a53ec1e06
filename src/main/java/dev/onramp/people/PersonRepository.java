package dev.onramp.people;

import dev.onramp.system.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** People and their roles, read from and written to our own tables. */
@Repository
public class PersonRepository {

    private static final String SELECT = """
            SELECT id, username, display_name, email, time_zone, country, team_id, manager_id,
                   work_start, work_end, started_on, mentor_opt_in, mentee_limit, weekly_interview_limit
              FROM person
            """;

    private final JdbcClient jdbc;

    public PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Person get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    public Optional<Person> findById(long id) {
        return withRoles(jdbc.sql(SELECT + " WHERE id = ?").param(id).query(PersonRepository::row).list())
                .stream().findFirst();
    }

    public Optional<Person> findByUsername(String username) {
        return withRoles(jdbc.sql(SELECT + " WHERE username = ?").param(username).query(PersonRepository::row).list())
                .stream().findFirst();
    }

    public List<Person> findAll() {
        return withRoles(jdbc.sql(SELECT + " ORDER BY display_name").query(PersonRepository::row).list());
    }

    public List<Person> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withRoles(jdbc.sql(SELECT + " WHERE id IN (:ids) ORDER BY display_name")
                .param("ids", ids).query(PersonRepository::row).list());
    }

    public List<Person> findByUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return withRoles(jdbc.sql(SELECT + " WHERE username IN (:usernames)")
                .param("usernames", usernames).query(PersonRepository::row).list());
    }

    public List<Person> findByRole(Role role) {
        return withRoles(jdbc.sql(SELECT + " WHERE enabled AND id IN (SELECT person_id FROM person_role WHERE role = ?) ORDER BY display_name")
                .param(role.name()).query(PersonRepository::row).list());
    }

    public List<Person> findByTeamAndRole(long teamId, Role role) {
        return withRoles(jdbc.sql(SELECT + """
                 WHERE enabled AND team_id = ? AND id IN (SELECT person_id FROM person_role WHERE role = ?)
                 ORDER BY display_name
                """).param(teamId).param(role.name()).query(PersonRepository::row).list());
    }

    /** The stored BCrypt hash, the roles and whether the account may sign in today. */
    public Optional<Credentials> findCredentials(String username) {
        return jdbc.sql("SELECT id, password_hash, enabled, sign_in_from FROM person WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Credentials(rs.getLong("id"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), rs.getObject("sign_in_from", LocalDate.class)))
                .optional();
    }

    public long insert(NewPerson p) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO person (username, display_name, email, password_hash, time_zone, country, team_id,
                                    manager_id, work_start, work_end, started_on, mentor_opt_in, mentee_limit,
                                    weekly_interview_limit, sign_in_from)
                VALUES (:username, :displayName, :email, :passwordHash, :timeZone, :country, :teamId,
                        :managerId, :workStart, :workEnd, :startedOn, :mentorOptIn, :menteeLimit,
                        :weeklyInterviewLimit, :signInFrom)
                """)
                .param("username", p.username())
                .param("displayName", p.displayName())
                .param("email", p.email())
                .param("passwordHash", p.passwordHash())
                .param("timeZone", p.timeZone().getId())
                .param("country", p.country())
                .param("teamId", p.teamId())
                .param("managerId", p.managerId())
                .param("workStart", p.workStart())
                .param("workEnd", p.workEnd())
                .param("startedOn", p.startedOn())
                .param("mentorOptIn", p.mentorOptIn())
                .param("menteeLimit", p.menteeLimit())
                .param("weeklyInterviewLimit", p.weeklyInterviewLimit())
                .param("signInFrom", p.signInFrom())
                .update(key, "id");
        long id = key.getKey().longValue();
        for (Role role : p.roles()) {
            jdbc.sql("INSERT INTO person_role (person_id, role) VALUES (?, ?)").param(id).param(role.name()).update();
        }
        return id;
    }

    public void setPasswordHash(long personId, String hash) {
        jdbc.sql("UPDATE person SET password_hash = ? WHERE id = ?").param(hash).param(personId).update();
    }

    /** Everyone in the team but its lead reports to its manager; the manager reports to the lead. */
    public void setTeamManager(long teamId, long managerId, long leadId) {
        jdbc.sql("UPDATE person SET manager_id = ? WHERE team_id = ? AND id <> ? AND id <> ?")
                .params(managerId, teamId, managerId, leadId).update();
        jdbc.sql("UPDATE person SET manager_id = ? WHERE id = ?").params(leadId, managerId).update();
    }

    /** A new start date; a new hire who may sign in from their start week keeps that rule for the new week. */
    public void setStartedOn(long personId, LocalDate startedOn) {
        jdbc.sql("""
                UPDATE person SET started_on = ?,
                       sign_in_from = CASE WHEN sign_in_from IS NULL THEN NULL ELSE CAST(? AS DATE) END
                 WHERE id = ?
                """)
                .params(startedOn, startedOn.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)),
                        personId)
                .update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
    }

    private List<Person> withRoles(List<Person> people) {
        if (people.isEmpty()) {
            return people;
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT person_id, role FROM person_role WHERE person_id IN (:ids)")
                .param("ids", people.stream().map(Person::id).toList())
                .query(rs -> {
                    roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
                });
        return people.stream().map(p -> new Person(p.id(), p.username(), p.displayName(), p.email(), p.timeZone(),
                p.country(), p.teamId(), p.managerId(), p.workStart(), p.workEnd(), p.startedOn(), p.mentorOptIn(),
                p.menteeLimit(), p.weeklyInterviewLimit(),
                Set.copyOf(roles.getOrDefault(p.id(), EnumSet.noneOf(Role.class))))).toList();
    }

    private static Person row(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), ZoneId.of(rs.getString("time_zone")), rs.getString("country"),
                (Long) rs.getObject("team_id", Long.class), (Long) rs.getObject("manager_id", Long.class),
                rs.getObject("work_start", LocalTime.class), rs.getObject("work_end", LocalTime.class),
                rs.getObject("started_on", LocalDate.class), rs.getBoolean("mentor_opt_in"),
                (Integer) rs.getObject("mentee_limit", Integer.class),
                (Integer) rs.getObject("weekly_interview_limit", Integer.class), Set.of());
    }

    /** What the sign-in needs, and nothing else. */
    public record Credentials(long personId, String passwordHash, boolean enabled, LocalDate signInFrom) {
    }

    /** A person to be created. */
    public record NewPerson(String username, String displayName, String email, String passwordHash, ZoneId timeZone,
                            String country, Long teamId, Long managerId, LocalTime workStart, LocalTime workEnd,
                            LocalDate startedOn, boolean mentorOptIn, Integer menteeLimit,
                            Integer weeklyInterviewLimit, LocalDate signInFrom, Set<Role> roles) {
    }
}
