package dev.cairn.spring.boot;

import dev.cairn.migrate.TransactionScope;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** How Cairn upgrades the application's {@code DataSource} at start-up: the {@code cairn.*} properties. */
@ConfigurationProperties("cairn")
public class CairnProperties {
    /** Whether to upgrade the database at start-up (and to configure Cairn at all). */
    private boolean enabled = true;

    /** The locations when none are set. */
    static final List<String> DEFAULT_LOCATIONS = List.of("classpath:db/migrations");

    /**
     * Where the migrations are (by default {@code classpath:db/migrations}, or Flyway's {@code classpath:db/migration}
     * when only that exists): classpath locations ({@code classpath:db/migrations}, or without the prefix) and
     * folders ({@code filesystem:/srv/app/migrations}); the files of every location together, in version order.
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    /** The version to upgrade to; the newest migration when not set. */
    private Long target;

    /** One transaction for the whole upgrade (RUN) or one per migration (MIGRATION). */
    private TransactionScope transactionScope = TransactionScope.RUN;

    /** Whether to compare the live schema with the migrations before upgrading (and for the health indicator). */
    private boolean driftCheck = true;

    /**
     * Whether drift stops the start-up: true refuses to upgrade a database that drifted from its migrations; false
     * upgrades without the comparison and reports the drift through the health indicator and the log.
     */
    private boolean failOnDrift = true;

    /** The history table's name. */
    private String historyTable = "cairn_history";

    /** The PostgreSQL schema (MySQL/MariaDB database) to migrate; the connection's current one when not set. */
    private String schema;

    /** Whether to create {@link #schema} when it does not exist. */
    private boolean createSchema;

    /**
     * Whether to put a database that has tables but no history under version control at {@link #baselineVersion}
     * before upgrading (its live schema must equal the migrations' at that version).
     */
    private boolean baselineOnStart;

    /** The version a database is put under version control at when {@link #baselineOnStart} is on. */
    private long baselineVersion = 1;

    /**
     * Whether to import a database that Flyway migrated ({@code flyway_schema_history}, no Cairn history yet) before
     * upgrading: the migrations in Flyway's layout ({@code V1.1__x.sql}, {@code R__x.sql}), the live schema equal to
     * them at Flyway's newest version (see {@code Migrator.importFlyway()}).
     */
    private boolean importFlywayOnStart;

    /** How long to wait for another migrator (another instance of the application) to finish. */
    private Duration lockTimeout = Duration.ofMinutes(10);

    /** Who applied the migrations, as the history records it; the operating-system user when not set. */
    private String appliedBy;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public TransactionScope getTransactionScope() {
        return transactionScope;
    }

    public void setTransactionScope(TransactionScope transactionScope) {
        this.transactionScope = transactionScope;
    }

    public boolean isDriftCheck() {
        return driftCheck;
    }

    public void setDriftCheck(boolean driftCheck) {
        this.driftCheck = driftCheck;
    }

    public boolean isFailOnDrift() {
        return failOnDrift;
    }

    public void setFailOnDrift(boolean failOnDrift) {
        this.failOnDrift = failOnDrift;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public boolean isCreateSchema() {
        return createSchema;
    }

    public void setCreateSchema(boolean createSchema) {
        this.createSchema = createSchema;
    }

    public boolean isBaselineOnStart() {
        return baselineOnStart;
    }

    public void setBaselineOnStart(boolean baselineOnStart) {
        this.baselineOnStart = baselineOnStart;
    }

    public boolean isImportFlywayOnStart() {
        return importFlywayOnStart;
    }

    public void setImportFlywayOnStart(boolean importFlywayOnStart) {
        this.importFlywayOnStart = importFlywayOnStart;
    }

    public long getBaselineVersion() {
        return baselineVersion;
    }

    public void setBaselineVersion(long baselineVersion) {
        this.baselineVersion = baselineVersion;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public void setAppliedBy(String appliedBy) {
        this.appliedBy = appliedBy;
    }
}
