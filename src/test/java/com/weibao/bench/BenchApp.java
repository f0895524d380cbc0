package com.weibao.bench;

import com.weibao.WeibaoApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One Weibao, started in this JVM for a benchmark run exactly as {@code ./mvnw spring-boot:run} starts it (profile
 * demo, job executor, mail intake from the embedded mail server), on a fresh database: an H2 file database under
 * target/bench-data ({@code -Dbench.db=h2}, the default) or a new database on a MariaDB/MySQL server
 * ({@code -Dbench.db=mysql}, server from -Dbench.db.host/-Dbench.db.port/-Dbench.db.user/-Dbench.db.password,
 * default 127.0.0.1:3306 root without password), dropped again at the end unless -Dbench.keep=true.
 */
final class BenchApp implements AutoCloseable {

    static final String DESK_USER = "agent";

    private final ConfigurableApplicationContext context;
    private final Duration startup;
    private final String database;
    private final int smtpPort;
    private final Runnable cleanup;

    private BenchApp(ConfigurableApplicationContext context, Duration startup, String database, int smtpPort,
                     Runnable cleanup) {
        this.context = context;
        this.startup = startup;
        this.database = database;
        this.smtpPort = smtpPort;
        this.cleanup = cleanup;
    }

    static BenchApp start() throws Exception {
        String run = "bench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "-"
                + UUID.randomUUID().toString().substring(0, 4);
        int smtp = freePort();
        int imap = freePort();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("weibao.data-dir", "./target/bench-data/" + run);
        properties.put("spring.mail.port", String.valueOf(smtp));
        properties.put("weibao.intake.mail.embedded-server.smtp-port", String.valueOf(smtp));
        properties.put("weibao.intake.mail.embedded-server.imap-port", String.valueOf(imap));
        // a list bound from several sources is replaced as a whole: the mailbox is given in full
        properties.put("weibao.intake.mail.mailboxes[0].name", "helpdesk");
        properties.put("weibao.intake.mail.mailboxes[0].protocol", "imap");
        ExternalImap external = externalImap();
        properties.put("weibao.intake.mail.mailboxes[0].host", external == null ? "127.0.0.1" : external.host());
        properties.put("weibao.intake.mail.mailboxes[0].port",
                String.valueOf(external == null ? imap : external.port()));
        properties.put("weibao.intake.mail.mailboxes[0].username",
                external == null ? "helpdesk@weibao.local" : external.user());
        properties.put("weibao.intake.mail.mailboxes[0].password", external == null ? "helpdesk" : external.password());
        properties.put("weibao.intake.mail.mailboxes[0].folder", "INBOX");
        properties.put("weibao.intake.mail.mailboxes[0].poll-interval", System.getProperty("bench.poll", "PT5S"));
        if (System.getProperty("bench.mail-workers") != null) {
            properties.put("weibao.intake.mail.workers", System.getProperty("bench.mail-workers"));
        }
        if (System.getProperty("bench.mail-idle") != null) {
            properties.put("weibao.intake.mail.idle", System.getProperty("bench.mail-idle"));
        }
        // processed mails leave the INBOX: GreenMail's IMAP server slows down with the size of the folder
        // (every FETCH/STORE looks the message up in a list of all UIDs), a real server does not
        properties.put("weibao.intake.mail.mailboxes[0].move-to", System.getProperty("bench.move-to", "Processed"));
        properties.put("logging.level.com.weibao", "WARN");
        properties.put("logging.level.com.icegreen", "WARN");
        properties.put("logging.level.org.camunda", "WARN");
        properties.put("logging.level.org.apache.camel", "WARN");
        properties.put("logging.level.me.chanjar", "ERROR");

        String db = System.getProperty("bench.db", "h2");
        Runnable cleanup = () -> { };
        String database;
        switch (db) {
            case "h2" -> {
                properties.put("spring.profiles.active", "demo");
                database = "H2 (file, " + properties.get("weibao.data-dir") + ")";
            }
            case "mysql" -> {
                String host = System.getProperty("bench.db.host", "127.0.0.1");
                String port = System.getProperty("bench.db.port", "3306");
                String user = System.getProperty("bench.db.user", "root");
                String password = System.getProperty("bench.db.password", "");
                String name = run.replace('-', '_');
                String server = "jdbc:mysql://" + host + ":" + port + "/?allowPublicKeyRetrieval=true&useSSL=false";
                execute(server, user, password, "create database `" + name
                        + "` character set utf8mb4 collate utf8mb4_unicode_ci");
                if (!Boolean.getBoolean("bench.keep")) {
                    cleanup = () -> execute(server, user, password, "drop database if exists `" + name + "`");
                }
                properties.put("spring.profiles.active", "demo,mysql");
                properties.put("WEIBAO_DB_HOST", host);
                properties.put("WEIBAO_DB_PORT", port);
                properties.put("WEIBAO_DB_NAME", name);
                properties.put("WEIBAO_DB_USER", user);
                properties.put("WEIBAO_DB_PASSWORD", password);
                database = "MariaDB/MySQL " + serverVersion(server, user, password) + " (" + host + ":" + port + "/"
                        + name + "), " + serverSettings(server, user, password);
            }
            default -> throw new IllegalArgumentException("-Dbench.db must be h2 or mysql, is " + db);
        }
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplication(WeibaoApplication.class).run(arguments);
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        return new BenchApp(context, startup, database, smtp, cleanup);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /**
     * The IMAP server the intake reads instead of the embedded one, from -Dbench.imap=host:port with
     * -Dbench.imap.user and -Dbench.imap.password (plain IMAP, e.g. a local Dovecot); null when not given.
     */
    static ExternalImap externalImap() {
        String address = System.getProperty("bench.imap");
        if (address == null || address.isBlank()) {
            return null;
        }
        String[] hostAndPort = address.split(":");
        return new ExternalImap(hostAndPort[0], hostAndPort.length > 1 ? Integer.parseInt(hostAndPort[1]) : 143,
                System.getProperty("bench.imap.user", "helpdesk"), System.getProperty("bench.imap.password", "helpdesk"));
    }

    record ExternalImap(String host, int port, String user, String password) {
    }

    int smtpPort() {
        return smtpPort;
    }

    Duration startup() {
        return startup;
    }

    /** A date-time column as an instant: Weibao writes them in UTC (hibernate.jdbc.time_zone). */
    static Instant utc(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column, Calendar.getInstance(TimeZone.getTimeZone("UTC"))).toInstant();
    }

    long openCases() {
        return jdbc().queryForObject("select count(*) from support_case where status not in "
                + "('CLOSED', 'ARCHIVED', 'CANCELLED')", Long.class);
    }

    /** What the figures were measured on: machine, JVM, database and the settings that bear on them. */
    List<String> settings() {
        Environment env = context.getEnvironment();
        Runtime runtime = Runtime.getRuntime();
        return List.of(
                "machine: " + runtime.availableProcessors() + " cores, " + memTotal() + " RAM, "
                        + System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
                        + runtime.maxMemory() / (1024 * 1024) + " MB (benchmark clients run in the same JVM)",
                "database: " + database,
                "Camunda: history level " + env.getProperty("camunda.bpm.history-level") + ", job executor "
                        + env.getProperty("camunda.bpm.job-execution.core-pool-size") + " threads, wait "
                        + env.getProperty("camunda.bpm.job-execution.wait-time-in-millis") + " ms, max wait "
                        + env.getProperty("camunda.bpm.job-execution.max-wait") + " ms, "
                        + env.getProperty("camunda.bpm.job-execution.max-jobs-per-acquisition") + " jobs per acquisition",
                "connection pool: " + env.getProperty("spring.datasource.hikari.maximum-pool-size") + ", HTTP threads: "
                        + env.getProperty("server.tomcat.threads.max", "200"),
                "mail intake: poll interval " + env.getProperty("weibao.intake.mail.mailboxes[0].poll-interval")
                        + ", " + env.getProperty("weibao.intake.mail.max-messages-per-poll") + " mails per poll, workers "
                        + env.getProperty("weibao.intake.mail.workers", "(none)") + ", IMAP IDLE "
                        + env.getProperty("weibao.intake.mail.idle", "(none)") + ", IMAP server "
                        + (externalImap() == null ? "embedded (GreenMail)" : externalImap().host() + ":"
                        + externalImap().port()));
    }

    /** Whether the benchmark's database is a MariaDB/MySQL server on this machine (so its CPU can be read). */
    static boolean databaseServerIsLocal() {
        return onMysql() && Set.of("127.0.0.1", "localhost").contains(System.getProperty("bench.db.host", "127.0.0.1"));
    }

    /** Resident memory of this JVM (Weibao and the benchmark clients), in MiB; -1 where /proc is not available. */
    static double residentMemoryMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB";
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "? GiB";
        }
        return "? GiB";
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            cleanup.run();
        }
    }

    private static String serverVersion(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database server at " + url + ": " + e.getMessage(), e);
        }
    }

    /** The server settings that bear most on the figures: how much of the data fits in memory, when the log is synced. */
    private static String serverSettings(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "select @@innodb_buffer_pool_size, @@innodb_flush_log_at_trx_commit")) {
            row.next();
            return "InnoDB buffer pool " + row.getLong(1) / (1024 * 1024) + " MiB, innodb_flush_log_at_trx_commit "
                    + row.getInt(2);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server settings at " + url + ": " + e.getMessage(), e);
        }
    }

    /** Size of Weibao's database in MiB: data and indexes on MariaDB/MySQL, the database file on H2. */
    double databaseSizeMiB() {
        long bytes;
        if (onMysql()) {
            bytes = jdbc().queryForObject("select coalesce(sum(data_length + index_length), 0) "
                    + "from information_schema.tables where table_schema = database()", Long.class);
        } else {
            try {
                bytes = Files.size(Path.of(context.getEnvironment().getProperty("weibao.data-dir"), "weibao.mv.db"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    private static boolean onMysql() {
        return "mysql".equals(System.getProperty("bench.db", "h2"));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url + ": " + e.getMessage(), e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
