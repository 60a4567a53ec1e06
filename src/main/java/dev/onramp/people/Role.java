package dev.onramp.people;

import java.util.Locale;

/**
 * What a person may do in Onramp. One name serves three places: the Spring Security authority
 * ({@code ROLE_RECRUITER}), the Camunda candidate group ({@code recruiter}) and the message key
 * ({@code role.recruiter}).
 */
public enum Role {
    RECRUITER,
    INTERVIEWER,
    HIRING_MANAGER,
    MENTOR,
    COORDINATOR,
    ADMIN,
    NEW_HIRE;

    /** The Camunda candidate group of this role, as used in BPMN {@code camunda:candidateGroups}. */
    public String groupId() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + groupId();
    }

    public static Role fromGroupId(String groupId) {
        return valueOf(groupId.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
