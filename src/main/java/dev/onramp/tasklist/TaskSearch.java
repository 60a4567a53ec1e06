package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The task list's questions in SQL over the engine's runtime tables, so that filters, paging and counts hold at any
 * number of tasks: a page of task ids in due-date order (keyset by due date, then id; tasks without a due date
 * last, by id), and capped counts. Who may see a task is {@link TaskList#visibleTo}'s rule, in SQL: an admin every task,
 * anyone else the tasks assigned to them and those offered to them or to one of their groups (claimed or not). That
 * rule is written as disjoint parts joined by UNION ALL (assigned to me; offered to my groups; offered to me by name),
 * each read through its own index and each stopping at the page's end or the count's cap, so a recruiter offered
 * 100,000 screenings and an interviewer offered three both read a few pages of index, never every task.
 * Team and requisition come from the process variables each feature names ({@link TaskSubjects#teamVariable()},
 * {@link TaskSubjects#requisitionVariable()}); the type from the task definition keys of a form ({@link TaskTypes}).
 */
@Component
class TaskSearch {

    /** Counts stop here: 1,000+ says more than enough to know. */
    static final int COUNT_CAP = 1000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern GROUP_ID = Pattern.compile("[a-z][a-z-]{0,40}");

    private final JdbcClient jdbc;
    private final List<TaskSubjects> subjects;
    private final TaskTypes types;

    TaskSearch(JdbcClient jdbc, List<TaskSubjects> subjects, TaskTypes types) {
        this.jdbc = jdbc;
        this.subjects = List.copyOf(subjects);
        this.types = types;
    }

    /** Which of the tasks I may see: assigned to me, offered to me or my groups (claimed or not), or all. */
    enum Scope {
        MINE, GROUPS, ALL
    }

    /** What the list shows; null means any. */
    record Criteria(Scope scope, String team, Long requisition, String type) {
    }

    /** A place in the list's order: a task's due date (null: none, after every dated task) and its id. */
    record Key(Instant due, String id) {

        /** The years 1 to 9999, which every database stores: a key outside them is forged. */
        private static final long FIRST_MILLIS = -62135596800000L;
        private static final long LAST_MILLIS = 253402300799999L;

        /** {@code <epoch millis or none>~<task id>}; anything else is no key (the first page). */
        static Optional<Key> parse(String text) {
            if (text == null || text.length() > 200) {
                return Optional.empty();
            }
            int tilde = text.indexOf('~');
            if (tilde <= 0 || tilde == text.length() - 1) {
                return Optional.empty();
            }
            String due = text.substring(0, tilde);
            String id = text.substring(tilde + 1);
            if ("none".equals(due)) {
                return Optional.of(new Key(null, id));
            }
            try {
                long millis = Long.parseLong(due);
                return millis < FIRST_MILLIS || millis > LAST_MILLIS ? Optional.empty()
                        : Optional.of(new Key(Instant.ofEpochMilli(millis), id));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        String format() {
            return (due == null ? "none" : Long.toString(due.toEpochMilli())) + "~" + id;
        }
    }

    /** Where a page starts: after a key (forward), before a key (backward), or at the beginning. */
    record Position(Key after, Key before) {

        static final Position FIRST = new Position(null, null);
    }

    /**
     * One page of task ids in list order, with the keys of its first and last task and whether pages exist before
     * and after it.
     */
    record Slice(List<Key> keys, boolean hasPrevious, boolean hasNext) {

        List<String> ids() {
            return keys.stream().map(Key::id).toList();
        }

        Key first() {
            return keys.get(0);
        }

        Key last() {
            return keys.get(keys.size() - 1);
        }
    }

    /**
     * The page of {@code size} tasks at {@code position}: one query, two where the page spans the last tasks with
     * a due date and the first without. Each query reads a range of the (due date, id) index from the key on, so a
     * page deep in the list costs what the first does.
     */
    Slice page(OnrampUser me, Criteria criteria, Position position, int size) {
        boolean backward = position.before() != null;
        Key key = backward ? position.before() : position.after();
        int limit = size + 1;
        Range dated = (q, k) -> " AND t.DUE_DATE_ IS NOT NULL";
        Range undated = (q, k) -> " AND t.DUE_DATE_ IS NULL";
        List<Key> keys = new ArrayList<>();
        if (!backward) {
            if (key == null || key.due() != null) {
                keys.addAll(slice(me, criteria, key == null ? dated : Sql::after, key, "t.DUE_DATE_ ASC, t.ID_ ASC", limit));
            }
            if (keys.size() < limit) {
                keys.addAll(slice(me, criteria, key == null || key.due() != null ? undated : Sql::after, key,
                        "t.ID_ ASC", limit - keys.size()));
            }
        } else {
            if (key.due() == null) {
                keys.addAll(slice(me, criteria, Sql::before, key, "t.ID_ DESC", limit));
            }
            if (keys.size() < limit) {
                keys.addAll(slice(me, criteria, key.due() == null ? dated : Sql::before, key,
                        "t.DUE_DATE_ DESC, t.ID_ DESC", limit - keys.size()));
            }
        }
        boolean more = keys.size() > size;
        if (more) {
            keys.remove(keys.size() - 1);
        }
        if (backward) {
            java.util.Collections.reverse(keys);
            return new Slice(List.copyOf(keys), more, true);
        }
        return new Slice(List.copyOf(keys), key != null, more);
    }

    /** Which part of the order a query reads: a WHERE fragment, given the key. */
    private interface Range extends java.util.function.BiFunction<Sql, Key, String> {
    }

    private List<Key> slice(OnrampUser me, Criteria criteria, Range range, Key key, String order, int limit) {
        Sql sql = new Sql();
        String filters = sql.criteria(criteria) + range.apply(sql, key);
        sql.params.put("limit", limit);
        List<String> parts = sql.visible(me, criteria.scope()).stream()
                .map(part -> "SELECT t.ID_, t.DUE_DATE_ FROM ACT_RU_TASK t WHERE " + part + filters + " ORDER BY " + order
                        + " LIMIT :limit").toList();
        // each part reads its own index in list order and stops at the page's end; the page is the first of their merge
        String query = parts.size() == 1 ? parts.get(0)
                : "SELECT ID_, DUE_DATE_ FROM (" + String.join(" UNION ALL ", parts.stream().map(q -> "(" + q + ")").toList())
                + ") v ORDER BY " + order.replace("t.", "") + " LIMIT :limit";
        return jdbc.sql(query).params(sql.params)
                .query((rs, n) -> {
                    Timestamp due = rs.getTimestamp(2);
                    return new Key(due == null ? null : due.toInstant(), rs.getString(1));
                }).list();
    }

    /** One query: how many tasks {@code me} may see, up to {@link #COUNT_CAP}. */
    CappedCount countVisible(OnrampUser me) {
        return counts(me, Map.of("all", new Criteria(Scope.ALL, null, null, null)), null, COUNT_CAP).get("all");
    }

    /**
     * One query: for each named criteria, how many of {@code me}'s tasks match, each count stopping after
     * {@code cap}; with {@code overdueAt}, the name {@code overdue} counts all visible tasks due before it. Each count
     * is the sum of its parts' ({@link Sql#visible}), and a part that several counts share (say, my groups' tasks, in
     * "all" and in "my groups'") is counted once.
     */
    Map<String, CappedCount> counts(OnrampUser me, Map<String, Criteria> named, Instant overdueAt, int cap) {
        Sql sql = new Sql();
        Map<String, Integer> selectOf = new LinkedHashMap<>();
        Map<List<Object>, String> filtersOf = new HashMap<>();
        Map<String, List<Integer>> partsOf = new LinkedHashMap<>();
        named.forEach((name, c) -> {
            // the same filters, the same SQL, so that equal parts are found equal
            String filters = filtersOf.computeIfAbsent(Arrays.asList(c.team(), c.requisition(), c.type()),
                    k -> sql.criteria(c));
            partsOf.put(name, selects(sql.visible(me, c.scope()), filters, selectOf));
        });
        if (overdueAt != null) {
            // the instant as a parameter, so that the statement's text is the same at every request and the database
            // plans it once per connection (planning it took about as long as running it), read along the due-date
            // index in its order: a plan cached for a parameter cannot see how many tasks are overdue, and without the
            // order it guessed a third of them and read the whole task table to count none (seen at 100k: 46 ms a
            // page); the ORDER BY with the LIMIT makes the index the cheapest plan for any instant
            sql.params.put("overdueAt", Timestamp.from(overdueAt));
            partsOf.put("overdue", selects(sql.visible(me, Scope.ALL), " AND t.DUE_DATE_ < :overdueAt ORDER BY t.DUE_DATE_",
                    selectOf));
        }
        List<String> selects = new ArrayList<>();
        selectOf.forEach((where, i) -> selects.add("SELECT " + i + " AS k, COUNT(*) AS n FROM (SELECT 1 AS one FROM"
                + " ACT_RU_TASK t WHERE " + where + " LIMIT " + (cap + 1) + ") c" + i));
        long[] counted = new long[selects.size()];
        jdbc.sql(String.join("\nUNION ALL ", selects)).params(sql.params).query(rs -> {
            counted[rs.getInt(1)] = rs.getLong(2);
        });
        Map<String, CappedCount> counts = new LinkedHashMap<>();
        partsOf.forEach((name, parts) -> counts.put(name,
                CappedCount.of(parts.stream().mapToLong(i -> counted[i]).sum(), cap)));
        return counts;
    }

    /**
     * The index of each part's count (its WHERE clause with {@code filters}) in {@code selectOf}, adding the parts
     * not counted yet. Each part is counted up to {@code cap + 1}; parts are disjoint, so a sum over them counts no
     * task twice, and it passes the cap when one of them does.
     */
    private static List<Integer> selects(List<String> parts, String filters, Map<String, Integer> selectOf) {
        return parts.stream().map(part -> selectOf.computeIfAbsent(part + filters, k -> selectOf.size())).toList();
    }

    /** A WHERE clause under construction, with its named parameters. */
    private final class Sql {

        private final Map<String, Object> params = new HashMap<>();
        private int next;

        private String param(Object value) {
            String name = "p" + next++;
            params.put(name, value);
            return ":" + name;
        }

        /**
         * The tasks {@code me} may see in {@code scope} (as {@link TaskList#visibleTo}), as WHERE conditions over
         * {@code t} that no task meets twice, so that the parts add up without a DISTINCT and each is read through
         * its own index: assigned to me ({@code ACT_RU_TASK(ASSIGNEE_, …)}); offered to one of my groups and not
         * assigned to me (the candidate links by group); offered to me by name and neither of those (the links by
         * user). An admin sees every task: one part. A filter that a part's index cannot serve is checked row by
         * row on that part only, so a person who sees few tasks never pays for the many others.
         */
        List<String> visible(OnrampUser me, Scope scope) {
            params.put("me", me.getUsername());
            String assigned = "t.ASSIGNEE_ = :me";
            if (scope == Scope.MINE) {
                return List.of(assigned);
            }
            if (scope == Scope.ALL && me.has(Role.ADMIN)) {
                return List.of("1 = 1");
            }
            String notMine = " AND (t.ASSIGNEE_ IS NULL OR t.ASSIGNEE_ <> :me)";
            String byUser = link("l.USER_ID_ = :me");
            List<String> groups = me.groupIds();
            if (groups.isEmpty()) {
                return List.of(scope == Scope.GROUPS ? assigned + " AND " + byUser : assigned, byUser + notMine);
            }
            String byGroup = link("l.GROUP_ID_ IN (" + groupsIn(groups) + ")");
            return List.of(scope == Scope.GROUPS ? assigned + " AND (" + byGroup + " OR " + byUser + ")" : assigned,
                    byGroup + notMine, byUser + " AND NOT " + byGroup + notMine);
        }

        /**
         * The group ids as SQL literals when they are a role's ({@code [a-z-]}, as {@link Role#groupId()}), so that
         * people with different groups run different statements, each planned for its own groups (a plan cached for
         * the recruiters, who are offered every screening, would read every link for someone offered none); a
         * parameter otherwise.
         */
        private String groupsIn(List<String> groups) {
            return groups.stream().allMatch(g -> GROUP_ID.matcher(g).matches())
                    ? String.join(", ", groups.stream().map(g -> "'" + g + "'").toList()) : param(groups);
        }

        /** The task is offered (a candidate link) to whom {@code who} says. */
        private static String link(String who) {
            return "EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'"
                    + " AND " + who + ")";
        }

        /** The filters of {@code c} but its scope ({@link #visible} says that), each starting with AND. */
        String criteria(Criteria c) {
            StringBuilder where = new StringBuilder();
            if (c.team() != null) {
                where.append(" AND ").append(variable(names(TaskSubjects::teamVariable), "v.TEXT_", c.team()));
            }
            if (c.requisition() != null) {
                where.append(" AND ").append(variable(names(TaskSubjects::requisitionVariable), "v.LONG_",
                        c.requisition()));
            }
            if (c.type() != null) {
                Set<String> keys = types.taskDefinitionKeys(c.type());
                where.append(keys.isEmpty() ? " AND 1 = 0" : " AND t.TASK_DEF_KEY_ IN (" + param(keys) + ")");
            }
            return where.toString();
        }

        /**
         * A process variable of the task's own process instance equals {@code value}. The names are our code's own
         * constants, written into the SQL so that a partial index on one name can serve it.
         */
        private String variable(Collection<String> names, String column, Object value) {
            if (names.isEmpty()) {
                return "1 = 0";
            }
            String in = String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
            return "EXISTS (SELECT 1 FROM ACT_RU_VARIABLE v WHERE v.PROC_INST_ID_ = t.PROC_INST_ID_"
                    + " AND v.EXECUTION_ID_ = t.PROC_INST_ID_ AND v.NAME_ IN (" + in + ") AND " + column + " = "
                    + param(value) + ")";
        }

        /** The tasks after {@code key} with a due date like its own: dated after it, or, undated, after its id. */
        String after(Key key) {
            String id = param(key.id());
            if (key.due() == null) {
                return " AND t.DUE_DATE_ IS NULL AND t.ID_ > " + id;
            }
            String due = param(Timestamp.from(key.due()));
            return " AND t.DUE_DATE_ >= " + due + " AND (t.DUE_DATE_ > " + due + " OR t.ID_ > " + id + ")";
        }

        /** The tasks before {@code key} with a due date like its own: dated before it, or, undated, before its id. */
        String before(Key key) {
            String id = param(key.id());
            if (key.due() == null) {
                return " AND t.DUE_DATE_ IS NULL AND t.ID_ < " + id;
            }
            String due = param(Timestamp.from(key.due()));
            return " AND t.DUE_DATE_ <= " + due + " AND (t.DUE_DATE_ < " + due + " OR t.ID_ < " + id + ")";
        }
    }

    private List<String> names(java.util.function.Function<TaskSubjects, Optional<String>> variable) {
        return subjects.stream().map(variable).flatMap(Optional::stream).distinct()
                .filter(n -> NAME.matcher(n).matches()).toList();
    }
}
