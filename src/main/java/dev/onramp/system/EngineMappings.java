package dev.onramp.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.apache.ibatis.transaction.TransactionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.transaction.managed.ManagedTransactionFactory;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Reads the process engine's MyBatis mappings ({@code org/camunda/bpm/engine/impl/mapping/mappings.xml}: 55 files of
 * SQL, parsed with the JDK's XPath over DOM) on a thread of its own while Spring builds the rest of the application,
 * and hands the result to the engine when it is built. That parse was about half of the start-up thread's CPU
 * (docs/performance.md, "Start-up, session 4"); the machine's second core is otherwise idle during start-up.
 *
 * <p>The parse starts as soon as the configuration is known ({@link ApplicationEnvironmentPreparedEvent}), for the
 * database type the JDBC URL names ({@code spring.datasource.url}, or {@code camunda.bpm.database.type}) and the
 * table prefix. As the last engine plugin ({@link #preInit}) this class checks the database type the engine itself
 * detects on its data source and the prefix it uses: when both are what the parse used, the engine gets the parsed
 * configuration in the same shape its own {@code initSqlSessionFactory} would give it (environment, statement
 * timeout, batch executor); otherwise (a {@code DataSource} bean of another database, as in the PostgreSQL tests) it
 * leaves the engine to parse the mappings itself, as before. The parsed configuration is used by one engine only.
 *
 * <p>Registered in {@code META-INF/spring.factories} (a listener of the application's start), and by itself in the
 * application context as a {@link ProcessEnginePlugin}, which the Camunda starter applies to its engine.
 */
public class EngineMappings implements ApplicationListener<ApplicationEvent>, ProcessEnginePlugin, Ordered {

    private static final Logger log = LoggerFactory.getLogger(EngineMappings.class);

    private String databaseType;
    private String tablePrefix;
    private CompletableFuture<Configuration> parse;
    private Configuration handedOver;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared && parse == null) {
            start(prepared.getEnvironment());
        } else if (event instanceof ApplicationContextInitializedEvent initialized && parse != null
                && !initialized.getApplicationContext().getBeanFactory().containsSingleton(beanName())) {
            initialized.getApplicationContext().getBeanFactory().registerSingleton(beanName(), this);
        }
    }

    private void start(Environment environment) {
        if (!environment.getProperty("camunda.bpm.enabled", Boolean.class, true)
                || !environment.getProperty("spring.boot.enableautoconfiguration", Boolean.class, true)) {
            return;
        }
        databaseType = environment.getProperty("camunda.bpm.database.type",
                databaseType(environment.getProperty("spring.datasource.url", "")));
        if (databaseType == null) {
            return;
        }
        tablePrefix = environment.getProperty("camunda.bpm.database.table-prefix", "");
        String type = databaseType;
        String prefix = tablePrefix;
        parse = CompletableFuture.supplyAsync(() -> parse(type, prefix), task -> {
            Thread thread = new Thread(task, "engine-mappings");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The engine's name for the database a JDBC URL names, as the engine would detect it; null for others. */
    static String databaseType(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "postgres";
        }
        return null;
    }

    /** What the engine's {@code ProcessEngineConfigurationImpl.initSqlSessionFactory} parses, without its data source. */
    static Configuration parse(String databaseType, String tablePrefix) {
        try (InputStream mappings = ProcessEngine.class.getClassLoader()
                .getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
             Reader reader = new InputStreamReader(Objects.requireNonNull(mappings, "the engine's mappings"),
                     StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.put("prefix", tablePrefix);
            ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, tablePrefix, databaseType);
            return new XMLConfigBuilder(reader, "", properties).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        CompletableFuture<Configuration> parsed = parse;
        parse = null;
        if (parsed == null || engine.getSqlSessionFactory() != null || engine.isUseSharedSqlSessionFactory()
                || engine.getDataSource() == null) {
            return;
        }
        if (engine.getDatabaseType() == null) {
            engine.initDatabaseType(); // what the engine's init() does first when no type is configured
        }
        if (!databaseType.equals(engine.getDatabaseType()) || !tablePrefix.equals(engine.getDatabaseTablePrefix())) {
            log.info("The engine's MyBatis mappings were read for {} (prefix '{}'), the engine uses {} (prefix '{}'): "
                    + "it reads them itself", databaseType, tablePrefix, engine.getDatabaseType(),
                    engine.getDatabaseTablePrefix());
            return;
        }
        Configuration configuration;
        long waitStart = System.nanoTime();
        try {
            configuration = parsed.join();
            log.debug("Waited {} ms for the engine's MyBatis mappings", (System.nanoTime() - waitStart) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Reading the engine's MyBatis mappings in the background failed; the engine reads them itself", e);
            return;
        }
        TransactionFactory transactions = engine.getTransactionFactory();
        if (transactions == null) { // as the engine's initTransactionFactory()
            transactions = engine.isTransactionsExternallyManaged() ? new ManagedTransactionFactory()
                    : new JdbcTransactionFactory();
            engine.setTransactionFactory(transactions);
        }
        configuration.setEnvironment(new org.apache.ibatis.mapping.Environment("default", transactions,
                engine.getDataSource()));
        engine.setSqlSessionFactory(new DefaultSqlSessionFactory(configuration));
        handedOver = configuration;
    }

    /** The settings other plugins may still have changed after {@link #preInit}, as the engine would apply them. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        if (handedOver == null || engine.getSqlSessionFactory().getConfiguration() != handedOver) {
            return;
        }
        if (!databaseType.equals(engine.getDatabaseType()) || !tablePrefix.equals(engine.getDatabaseTablePrefix())
                || handedOver.getEnvironment().getDataSource() != engine.getDataSource()) {
            throw new IllegalStateException("A process engine plugin changed the engine's database after "
                    + EngineMappings.class.getName() + " gave it its MyBatis mappings");
        }
        handedOver.setDefaultStatementTimeout(engine.getJdbcStatementTimeout());
        if (engine.isJdbcBatchProcessing()) {
            handedOver.setDefaultExecutorType(ExecutorType.BATCH);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
    }

    /** Whether the engine of this context got the mappings read in the background. */
    public boolean handedOver(ProcessEngineConfigurationImpl engine) {
        return handedOver != null && engine.getSqlSessionFactory().getConfiguration() == handedOver;
    }

    /** The last plugin: the database settings of the starter's and our plugins are in place when it runs. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static String beanName() {
        return EngineMappings.class.getName();
    }
}
