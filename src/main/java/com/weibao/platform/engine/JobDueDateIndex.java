package com.weibao.platform.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An index on the job table's due date, which Camunda's schema does not have: with acquisition by due date the
 * job executor asks every few hundred milliseconds for the jobs due now, among all the future SLA timers of all
 * open cases. Created once, after the engine has created its tables.
 */
@Component
@Order(0)
class JobDueDateIndex implements ApplicationRunner {

    static final String INDEX = "WEIBAO_IDX_JOB_DUEDATE";
    private static final Logger log = LoggerFactory.getLogger(JobDueDateIndex.class);

    private final DataSource dataSource;

    JobDueDateIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (exists(connection)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create index " + INDEX + " on ACT_RU_JOB (DUEDATE_)");
            }
            log.info("Created index {} on ACT_RU_JOB(DUEDATE_) for job acquisition by due date", INDEX);
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : new String[] {"ACT_RU_JOB", "act_ru_job"}) {
            try (ResultSet indexes = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false,
                    true)) {
                while (indexes.next()) {
                    if (INDEX.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
