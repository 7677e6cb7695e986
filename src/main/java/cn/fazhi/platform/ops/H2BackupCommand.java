package cn.fazhi.platform.ops;

import cn.fazhi.platform.kernel.BusinessException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar fazhi.jar --fazhi.h2.export=backup.sql} / {@code --fazhi.h2.import=backup.sql}: runs the command
 * on the configured H2 database, prints the result in Chinese and exits (0 on success, 1 on refusal or failure).
 * See docs/operations.md for the upgrade procedure.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before other runners (demo data, first administrator), which need a migrated schema
class H2BackupCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(H2BackupCommand.class);

    private final Environment environment;
    private final DataSource dataSource;
    private final ConfigurableApplicationContext context;

    H2BackupCommand(Environment environment, DataSource dataSource, ConfigurableApplicationContext context) {
        this.environment = environment;
        this.dataSource = dataSource;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        String export = environment.getProperty(H2BackupEnvironment.EXPORT, "").trim();
        String imp = environment.getProperty(H2BackupEnvironment.IMPORT, "").trim();
        if (export.isEmpty() && imp.isEmpty()) {
            return;
        }
        int code = execute(export, imp);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int execute(String export, String imp) {
        H2Backup backup = new H2Backup(dataSource);
        try {
            if (!export.isEmpty() && !imp.isEmpty()) {
                throw new BusinessException("OPS_BOTH", "导出与导入不能同时进行,请分两次运行。");
            }
            if (!export.isEmpty()) {
                H2Backup.Result r = backup.export(Path.of(export));
                say("已导出 H2 数据库:" + r.tables() + " 张表,写入 " + r.file() + "(" + r.bytes() + " 字节)。");
            } else {
                H2Backup.Result r = backup.importScript(Path.of(imp));
                say("已导入 " + r.file() + ":数据库现有 " + r.tables() + " 张表。正常启动平台时将自动执行新版本的数据库迁移。");
            }
            return 0;
        } catch (BusinessException e) {
            log.error("H2 command refused: {} {}", e.code(), e.getMessage());
            System.err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            log.error("H2 command failed", e);
            System.err.println("执行失败:" + e.getMessage());
            return 1;
        }
    }

    private static void say(String message) {
        log.info(message);
        System.out.println(message);
    }
}
