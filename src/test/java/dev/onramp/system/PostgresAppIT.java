package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole application on a real PostgreSQL: migrations, demo data, sign-in, deploy-changed-only. */
@OnrampPostgresTest
class PostgresAppIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    PostgresResolver.Database database;

    @Autowired
    ProcessDeployer deployer;

    @Autowired
    RepositoryService repository;

    @Test
    void shouldRunOnPostgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(database.source()).isIn("server", "testcontainers", "embedded");
    }

    @Test
    void shouldKeepTheAuditLogAppendOnlyOnPostgresql() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO audit_log (occurred_at, action, actor) VALUES (CURRENT_TIMESTAMP, 'test.append', 'it')")
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM audit_log WHERE action = 'test.append'").query(Long.class).single();

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("UPDATE audit_log SET actor = 'someone else' WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("it");
    }

    @Test
    void shouldApplyEveryMigrationAndLoadTheDemoOrganisation() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isGreaterThanOrEqualTo(40);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT time_zone) FROM person").query(Long.class).single()).isGreaterThanOrEqualTo(12);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM team").query(Long.class).single()).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cohort").query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM requisition WHERE status = 'OPEN'").query(Long.class).single()).isPositive();
        // Camunda owns its own tables in the same database
        assertThat(jdbc.sql("SELECT COUNT(*) FROM act_ge_property").query(Long.class).single()).isPositive();
    }

    @Test
    void shouldCreateTheEngineSchemaAndItsIndexesThroughTheMigrations() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("SELECT description FROM flyway_schema_history WHERE version = '12' AND success")
                .query(String.class).single()).isEqualTo("Camunda engine schema");
        assertThat(jdbc.sql("SELECT version_ FROM act_ge_schema_log ORDER BY CAST(id_ AS INTEGER) DESC LIMIT 1").query(String.class).single())
                .startsWith("7.24");
        assertThat(jdbc.sql("""
                SELECT indexdef FROM pg_indexes WHERE tablename = 'act_ru_task' AND indexname = 'onramp_idx_task_parent'
                """).query(String.class).single()).contains("(parent_task_id_)");
        assertThat(jdbc.sql("""
                SELECT indexdef FROM pg_indexes WHERE tablename = 'act_ru_job' AND indexname = 'onramp_idx_job_duedate'
                """).query(String.class).single()).contains("(duedate_)");
    }

    @Test
    void shouldSignInRitaOnPostgresql() {
        WebClient web = new WebClient(port);
        HttpResponse<String> home = web.follow(web.signIn("rita", "demo"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Welcome, Rita Recruiter");
    }

    @Test
    void shouldCreateNoNewVersionsOnARestartWithUnchangedModels() throws Exception {
        long before = repository.createProcessDefinitionQuery().count() + repository.createDecisionDefinitionQuery().count();
        DeploymentWithDefinitions again = deployer.deploy();
        long after = repository.createProcessDefinitionQuery().count() + repository.createDecisionDefinitionQuery().count();
        assertThat(before).isPositive();
        assertThat(after).isEqualTo(before);
        assertThat(again.getDeployedProcessDefinitions()).isNullOrEmpty();
    }
}
