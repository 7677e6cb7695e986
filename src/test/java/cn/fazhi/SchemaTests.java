package cn.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.support.FazhiIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Scale-out rule (design.md): every table marked {@code -- @large} in a migration has {@code org_id} in its primary
 * key and in each of its unique indexes, so that it can be distributed by organisation (Citus). Checked on the live
 * schema through JDBC metadata, which works the same on H2 and PostgreSQL.
 */
@FazhiIntegrationTest
class SchemaTests {

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)^\\s*create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(?:\\w+\\.)?\"?(\\w+)\"?");

    @Autowired
    DataSource dataSource;

    /** Table name → the migration that marks it large. */
    static Map<String, String> largeTables() throws IOException {
        Map<String, String> tables = new LinkedHashMap<>();
        Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
        for (Resource migration : migrations) {
            List<String> lines;
            try (InputStream in = migration.getInputStream()) {
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).strip().equals("-- @large")) {
                    continue;
                }
                String next = "";
                for (int j = i + 1; j < lines.size(); j++) {
                    String line = lines.get(j).strip();
                    if (!line.isEmpty() && !line.startsWith("--")) {
                        next = line;
                        break;
                    }
                }
                Matcher m = CREATE_TABLE.matcher(next);
                assertThat(m.find()).as("%s line %d: '-- @large' must come right before a create table, found '%s'",
                        migration.getFilename(), i + 1, next).isTrue();
                tables.put(m.group(1).toLowerCase(Locale.ROOT), migration.getFilename());
            }
        }
        return tables;
    }

    @Test
    void largeTablesAreMarkedInTheMigrationsIncludingAttachment() throws IOException {
        assertThat(largeTables()).containsKey("attachment");
    }

    /**
     * The distribution column: {@code org_id}, or in a child table the owner's back-reference {@code <owner>_org_id}
     * (stack.md: child tables of a composite-id aggregate), which co-locates the child rows with their owner.
     */
    static void isDistributionKey(String column) {
        assertThat(column).matches("([a-z_]+_)?org_id");
    }

    @Test
    void everyLargeTableHasOrgIdInItsPrimaryKey() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (var table : largeTables().entrySet()) {
                List<String> pk = new ArrayList<>();
                try (ResultSet rs = meta.getPrimaryKeys(null, c.getSchema(), table.getKey())) {
                    while (rs.next()) {
                        pk.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                assertThat(pk).as("primary key of %s (%s)", table.getKey(), table.getValue()).isNotEmpty().anySatisfy(SchemaTests::isDistributionKey);
            }
        }
    }

    @Test
    void everyUniqueIndexOfALargeTableIncludesOrgId() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (var table : largeTables().entrySet()) {
                Map<String, List<String>> unique = uniqueIndexes(meta, c.getSchema(), table.getKey());
                assertThat(unique).as("unique indexes of %s", table.getKey()).isNotEmpty();
                unique.forEach((index, columns) -> assertThat(columns)
                        .as("unique index %s of %s (%s)", index, table.getKey(), table.getValue())
                        .anySatisfy(SchemaTests::isDistributionKey));
            }
        }
    }

    private static Map<String, List<String>> uniqueIndexes(DatabaseMetaData meta, String schema, String table)
            throws SQLException {
        Map<String, List<String>> indexes = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, true, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index == null || column == null || rs.getBoolean("NON_UNIQUE")) {
                    continue; // statistics rows, expression columns
                }
                indexes.computeIfAbsent(index, k -> new ArrayList<>()).add(column.toLowerCase(Locale.ROOT));
            }
        }
        return indexes;
    }
}
