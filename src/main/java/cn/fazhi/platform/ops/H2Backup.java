package cn.fazhi.platform.ops;

import cn.fazhi.platform.kernel.BusinessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Export of the embedded H2 database to a SQL script ({@code SCRIPT TO}) and import of such a script into an empty
 * database ({@code RUNSCRIPT FROM}). H2's file format changes between versions and a new H2 cannot open an old file;
 * the script is the version-independent way across (export with the old build, import with the new one). A name
 * ending in {@code .zip} or {@code .gz} is written and read compressed. PostgreSQL installations use pg_dump instead.
 */
public class H2Backup {

    private final DataSource dataSource;

    public H2Backup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the whole database (schema, data, Flyway history) to {@code file}; refuses to overwrite. */
    public Result export(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new BusinessException("OPS_FILE_EXISTS", "导出文件已存在,为防止覆盖已拒绝:" + target + "。请换一个文件名或先移走旧文件。");
        }
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new BusinessException("OPS_NO_DIRECTORY", "导出目录不存在:" + target.getParent());
        }
        try (Connection c = dataSource.getConnection()) {
            requireH2(c);
            int tables = countTables(c);
            execute(c, "SCRIPT TO " + literal(target.toString()) + compression(target));
            return new Result(target, tables, Files.size(target));
        } catch (SQLException e) {
            throw failure("导出", e);
        } catch (IOException e) {
            throw new BusinessException("OPS_IO", "读取导出文件失败:" + target);
        }
    }

    /** Runs an exported script into this database, which must be empty (no tables), so nothing is overwritten. */
    public Result importScript(Path file) {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BusinessException("OPS_FILE_MISSING", "导入文件不存在:" + source);
        }
        try (Connection c = dataSource.getConnection()) {
            requireH2(c);
            int existing = countTables(c);
            if (existing > 0) {
                throw new BusinessException("OPS_NOT_EMPTY", "目标数据库不是空库(已有 " + existing
                        + " 张表),为防止覆盖数据已拒绝导入。请使用新的空数据目录(--fazhi.data-dir=…)后再导入。");
            }
            execute(c, "RUNSCRIPT FROM " + literal(source.toString()) + compression(source));
            return new Result(source, countTables(c), Files.size(source));
        } catch (SQLException e) {
            throw failure("导入", e);
        } catch (IOException e) {
            throw new BusinessException("OPS_IO", "读取导入文件失败:" + source);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void requireH2(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        if (!"H2".equalsIgnoreCase(product)) {
            throw new BusinessException("OPS_NOT_H2", "当前数据库不是 H2,请使用 pg_dump / pg_restore 备份与恢复(见 docs/operations.md)。");
        }
    }

    static int countTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from information_schema.tables where table_type = 'BASE TABLE' "
                        + "and upper(table_schema) not in ('INFORMATION_SCHEMA', 'PG_CATALOG')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String compression(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return " COMPRESSION ZIP";
        }
        if (name.endsWith(".gz")) {
            return " COMPRESSION GZIP";
        }
        return "";
    }

    /** A file name as an SQL string literal (SCRIPT/RUNSCRIPT take no bind parameters). */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static BusinessException failure(String what, SQLException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("already in use") || msg.contains("locked by another process")) {
            return new BusinessException("OPS_DB_IN_USE", "数据库文件正被平台或其他进程使用,请先停止平台再" + what + "。");
        }
        return new BusinessException("OPS_FAILED", what + "失败:" + msg);
    }

    /** The file, the number of tables in the database afterwards (export: exported), the script's size in bytes. */
    public record Result(Path file, int tables, long bytes) {
    }
}
