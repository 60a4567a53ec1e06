package dev.onramp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.HiringScenario;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log: what is recorded (sign-ins, failures, task completions), and the admins' page over it. */
@OnrampAppTest
class AuditLogTest {

    @Autowired
    WebTest web;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private long count(String action, String actor) {
        return audit.search(new AuditFilter(action, actor, null, null, null, null), 0, 1).total();
    }

    @Test
    void shouldRecordASignInAndAFailedSignInOfAnExistingAccountByItsUsername() {
        long signIns = count(AuditActions.SIGN_IN, "priya");
        long failures = count(AuditActions.SIGN_IN_FAILED, "priya");

        assertThat(web.signedOut().signIn("priya", "demo").location()).doesNotContain("error");
        assertThat(web.signedOut().signIn("priya", "not-the-password").location()).contains("error");

        assertThat(count(AuditActions.SIGN_IN, "priya")).isEqualTo(signIns + 1);
        assertThat(count(AuditActions.SIGN_IN_FAILED, "priya")).isEqualTo(failures + 1);
        AuditEntry failure = audit.search(new AuditFilter(AuditActions.SIGN_IN_FAILED, "priya", null, null, null, null),
                0, 1).entries().get(0);
        assertThat(failure.detail()).isEqualTo("reason=BadCredentialsException").doesNotContain("not-the-password");
    }

    @Test
    void shouldRecordAFailedSignInWithAnUnknownUsernameAsUnknownWithoutWhatWasTyped() {
        String typed = "secret-" + UUID.randomUUID();
        long unknown = count(AuditActions.SIGN_IN_FAILED, AuditLog.UNKNOWN);

        web.signedOut().signIn(typed, "demo");

        assertThat(count(AuditActions.SIGN_IN_FAILED, AuditLog.UNKNOWN)).isEqualTo(unknown + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor = ? OR detail LIKE ?")
                .params(typed, "%" + typed + "%").query(Long.class).single()).isZero();
    }

    @Test
    void shouldRecordEveryTaskCompletionWithThePersonWhoseRequestCompletedIt() {
        HiringScenario scenario = new HiringScenario(context);
        long applicationId = scenario.addCandidate(scenario.openRequisition("beats"));
        String taskId = scenario.openTask(applicationId, HiringProcess.TASK_SCREEN).getId();
        assertThat(audit.search(new AuditFilter(AuditActions.TASK_COMPLETED, null, AuditActions.TASK, taskId, null, null),
                0, 10).total()).isZero();

        String form = "/tasks/" + taskId + "/screen";
        assertThat(scenario.signedIn("admin").postForm(form, form, Map.of("outcome", "ADVANCE")).status()).isEqualTo(302);

        List<AuditEntry> entries = audit.search(new AuditFilter(AuditActions.TASK_COMPLETED, null, AuditActions.TASK,
                taskId, null, null), 0, 10).entries();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).actor()).as("the admin who completed it, not a task assignee").isEqualTo("admin");
        assertThat(entries.get(0).detail()).contains("taskDefinitionKey=" + HiringProcess.TASK_SCREEN)
                .contains("processInstanceId=" + scenario.application(applicationId).processInstanceId())
                .doesNotContain(HiringScenario.CANDIDATE_NAME);
    }

    @Test
    void shouldShowTheLogToAdminsFilteredAndAPageAtATime() {
        String actor = "filter-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 55; i++) {
            audit.record(AuditActions.CANDIDATE_EXPORTED, actor, AuditActions.APPLICATION, 900_000 + i, "n=" + i);
        }
        Visitor admin = web.signedIn("admin");

        Page first = admin.get("/admin/audit?actor=" + actor + "&action=" + AuditActions.CANDIDATE_EXPORTED);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("#audit-count")).isEqualTo("55 entries");
        assertThat(first.texts("#audit-entries .audit-actor")).hasSize(50).containsOnly(actor);
        assertThat(first.texts("#audit-entries .audit-detail").get(0)).as("newest first").isEqualTo("n=54");
        Page second = admin.get(first.one("#audit-next").attr("href"));
        assertThat(second.texts("#audit-entries .audit-detail")).containsExactly("n=4", "n=3", "n=2", "n=1", "n=0");

        Page subject = admin.get("/admin/audit?actor=" + actor + "&subjectType=application&subjectId=900007");
        assertThat(subject.texts("#audit-entries .audit-detail")).containsExactly("n=7");
        Page future = admin.get("/admin/audit?actor=" + actor + "&from=2999-01-01");
        assertThat(future.has("#audit-none")).isTrue();
        Page badDate = admin.get("/admin/audit?actor=" + actor + "&from=yesterday&page=-3");
        assertThat(badDate.status()).isEqualTo(200);
        assertThat(badDate.text("#from-error")).isEqualTo("Enter a date such as 2026-03-31.");
        assertThat(badDate.text("#audit-count")).isEqualTo("55 entries");
    }

    @Test
    void shouldLinkTheLogAndTheDataLifetimesFromTheAdminPageAndKeepThemFromEveryoneElse() {
        Page adminPage = web.signedIn("admin").get("/admin");
        assertThat(adminPage.links()).contains("/admin/audit", "/admin/privacy");
        assertThat(web.signedIn("rita").get("/admin/audit").status()).isEqualTo(403);
        assertThat(web.signedIn("hank").get("/admin/privacy").status()).isEqualTo(403);
    }

    @Test
    void shouldOfferNoWayToChangeOrRemoveAnEntry() {
        List<String> methods = Arrays.stream(AuditLog.class.getDeclaredMethods()).map(Method::getName).toList();
        assertThat(methods).noneMatch(name -> name.matches("(?i).*(update|delete|remove|change|clear).*"));
    }
}
