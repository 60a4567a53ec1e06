package dev.onramp.people;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda sees our people and roles: users are people (id = username), groups are roles (id =
 * {@link Role#groupId()}). One source of truth; nothing is copied into ACT_ID_* tables. Sign-in
 * happens in Spring Security, so the engine never checks passwords.
 */
class PeopleIdentityProvider implements ReadOnlyIdentityProvider {

    private final PersonRepository people;

    PeopleIdentityProvider(PersonRepository people) {
        this.people = people;
    }

    @Override
    public User findUserById(String userId) {
        return people.findByUsername(userId).map(PeopleIdentityProvider::user).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new PeopleUserQuery();
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new PeopleUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new UnsupportedOperationException("people live in Onramp's own tables; native user queries are not supported");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return false;
    }

    @Override
    public Group findGroupById(String groupId) {
        return Arrays.stream(Role.values()).filter(r -> r.groupId().equals(groupId)).findFirst()
                .map(PeopleIdentityProvider::group).orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new RoleGroupQuery();
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new RoleGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery();
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private static User user(Person p) {
        UserEntity user = new UserEntity(p.username());
        int space = p.displayName().indexOf(' ');
        user.setFirstName(space < 0 ? p.displayName() : p.displayName().substring(0, space));
        user.setLastName(space < 0 ? "" : p.displayName().substring(space + 1));
        user.setEmail(p.email());
        return user;
    }

    private static Group group(Role role) {
        GroupEntity group = new GroupEntity(role.groupId());
        group.setName(role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' '));
        group.setType("WORKFLOW");
        return group;
    }

    private static <T> List<T> page(Stream<T> all, Page page) {
        Stream<T> s = all;
        if (page != null) {
            s = s.skip(page.getFirstResult()).limit(page.getMaxResults());
        }
        return s.toList();
    }

    private static Predicate<String> likeFilter(String like) {
        String regex = like.replace("%", ".*").replace("_", ".");
        return value -> value != null && value.matches(regex);
    }

    private final class PeopleUserQuery extends UserQueryImpl {

        private Stream<User> matching() {
            Stream<Person> all = groupId != null
                    ? people.findByRole(Role.fromGroupId(groupId)).stream()
                    : people.findAll().stream();
            Stream<User> users = all.map(PeopleIdentityProvider::user);
            if (id != null) {
                users = users.filter(u -> u.getId().equals(id));
            }
            if (ids != null) {
                List<String> wanted = List.of(ids);
                users = users.filter(u -> wanted.contains(u.getId()));
            }
            if (email != null) {
                users = users.filter(u -> email.equalsIgnoreCase(u.getEmail()));
            }
            if (firstNameLike != null) {
                users = users.filter(u -> likeFilter(firstNameLike).test(u.getFirstName()));
            }
            if (lastNameLike != null) {
                users = users.filter(u -> likeFilter(lastNameLike).test(u.getLastName()));
            }
            if (tenantId != null) {
                users = Stream.empty();
            }
            return users.sorted(Comparator.comparing(User::getId));
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return matching().count();
        }

        @Override
        public List<User> executeList(CommandContext commandContext, Page page) {
            return page(matching(), page);
        }
    }

    private final class RoleGroupQuery extends GroupQueryImpl {

        private Stream<Group> matching() {
            Stream<Role> roles = Arrays.stream(Role.values());
            if (userId != null) {
                var roleSet = people.findByUsername(userId).map(Person::roles).orElse(java.util.Set.of());
                roles = roles.filter(roleSet::contains);
            }
            Stream<Group> groups = roles.map(PeopleIdentityProvider::group);
            if (id != null) {
                groups = groups.filter(g -> g.getId().equals(id));
            }
            if (ids != null) {
                List<String> wanted = List.of(ids);
                groups = groups.filter(g -> wanted.contains(g.getId()));
            }
            if (nameLike != null) {
                groups = groups.filter(g -> likeFilter(nameLike).test(g.getName()));
            }
            if (tenantId != null) {
                groups = Stream.empty();
            }
            return groups.sorted(Comparator.comparing(Group::getId));
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return matching().count();
        }

        @Override
        public List<Group> executeList(CommandContext commandContext, Page page) {
            return page(matching(), page);
        }
    }

    private static final class NoTenantQuery extends TenantQueryImpl {

        @Override
        public long executeCount(CommandContext commandContext) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            return List.of();
        }
    }
}
