package cn.fazhi.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** Export then import into a fresh in-memory H2: every table comes back with the same rows (the H2 upgrade path). */
class H2BackupTests {

    @TempDir
    Path dir;

    @Test
    void exportThenImportIntoAFreshDatabaseKeepsEveryTableAndRow() {
        roundTrip("backup.sql");
    }

    @Test
    void aZipNameIsWrittenAndReadCompressed() throws Exception {
        roundTrip("backup.zip");
        byte[] head = Files.readAllBytes(dir.resolve("backup.zip"));
        assertThat(head[0]).isEqualTo((byte) 'P');
        assertThat(head[1]).isEqualTo((byte) 'K');
    }

    @Test
    void importIntoADatabaseWithTablesIsRefusedAndChangesNothing() {
        DataSource source = migratedWithRows();
        new H2Backup(source).export(dir.resolve("b.sql"));
        DataSource target = migratedWithRows();
        Map<String, Long> before = counts(target);

        assertThatThrownBy(() -> new H2Backup(target).importScript(dir.resolve("b.sql")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("目标数据库不是空库");
        assertThat(counts(target)).isEqualTo(before);
    }

    @Test
    void exportNeverOverwritesAnExistingFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("old.sql"), "keep me");
        assertThatThrownBy(() -> new H2Backup(migratedWithRows()).export(existing))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("已存在");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void anotherDatabaseIsRefusedWithAPointerToPgDump() {
        DataSource postgres = fakeDatabase("PostgreSQL");
        assertThatThrownBy(() -> new H2Backup(postgres).export(dir.resolve("x.sql")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("当前数据库不是 H2,请使用 pg_dump");
        assertThat(dir.resolve("x.sql")).doesNotExist();
    }

    @Test
    void aMissingScriptIsNamedInTheRefusal() {
        assertThatThrownBy(() -> new H2Backup(fresh()).importScript(dir.resolve("none.sql")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("导入文件不存在");
    }

    @Test
    void fileNamesAreQuotedAsSqlLiterals() {
        assertThat(H2Backup.literal("/tmp/it's.sql")).isEqualTo("'/tmp/it''s.sql'");
    }

    private void roundTrip(String name) {
        DataSource source = migratedWithRows();
        Path file = dir.resolve(name);
        H2Backup.Result exported = new H2Backup(source).export(file);
        assertThat(file).exists();
        assertThat(exported.tables()).isGreaterThan(3);

        DataSource target = fresh();
        H2Backup.Result imported = new H2Backup(target).importScript(file);

        assertThat(imported.tables()).isEqualTo(exported.tables());
        Map<String, Long> expected = counts(source);
        assertThat(expected).containsEntry("audit_record", 3L).containsEntry("shedlock", 1L);
        assertThat(counts(target)).isEqualTo(expected);
        // the Flyway history travels with the data, so the new version migrates only what is new
        assertThat(new JdbcTemplate(target).queryForObject("select max(version) from flyway_schema_history", String.class))
                .isEqualTo(new JdbcTemplate(source).queryForObject("select max(version) from flyway_schema_history", String.class));
        assertThat(new JdbcTemplate(target).queryForList("select action from audit_record order by id", String.class))
                .containsExactly("CREATE", "UPDATE", "登录");
    }

    /** A database with the platform's schema (every Flyway migration) and a few rows. */
    private static DataSource migratedWithRows() {
        DataSource ds = fresh();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        for (String action : List.of("CREATE", "UPDATE", "登录")) {
            jdbc.update("insert into audit_record (occurred_at, actor_name, action, entity_type, after_json) "
                    + "values (current_timestamp, '张三', ?, 'org_unit', '{\"name\":\"财政局\"}')", action);
        }
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) "
                + "values ('job', current_timestamp, current_timestamp, 'node-1')");
        return ds;
    }

    private static DataSource fresh() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:backup-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    private static Map<String, Long> counts(DataSource ds) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : jdbc.queryForList("select table_name from information_schema.tables where table_type = 'BASE TABLE' "
                + "and upper(table_schema) not in ('INFORMATION_SCHEMA', 'PG_CATALOG') order by table_name", String.class)) {
            counts.put(t, jdbc.queryForObject("select count(*) from \"" + t + "\"", Long.class));
        }
        return counts;
    }

    private static DataSource fakeDatabase(String product) {
        DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(getClass(DatabaseMetaData.class),
                new Class<?>[] {DatabaseMetaData.class},
                (p, m, a) -> m.getName().equals("getDatabaseProductName") ? product : null);
        Connection conn = (Connection) Proxy.newProxyInstance(getClass(Connection.class), new Class<?>[] {Connection.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getMetaData" -> meta;
                    case "createStatement" -> throw new AssertionError("no statement may run on another database");
                    default -> null;
                });
        return (DataSource) Proxy.newProxyInstance(getClass(DataSource.class), new Class<?>[] {DataSource.class},
                (p, m, a) -> m.getName().equals("getConnection") ? conn : null);
    }

    private static ClassLoader getClass(Class<?> c) {
        return H2BackupTests.class.getClassLoader();
    }
}
