package cn.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.support.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FazhiIntegrationTest
class ApplicationStartsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayCreatedTheInfrastructureTables() {
        Integer n = jdbc.queryForObject("select count(*) from shedlock", Integer.class);
        assertThat(n).isNotNull();
        // the table exists; on PostgreSQL the suite shares one database, so other tests' sessions may be in it
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isNotNull();
    }
}
