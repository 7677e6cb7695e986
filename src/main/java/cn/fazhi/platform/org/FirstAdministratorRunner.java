package cn.fazhi.platform.org;

import cn.fazhi.platform.kernel.BusinessException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code FAZHI_ADMIN_PASSWORD='…' java -jar fazhi.jar --spring.profiles.active=prod --fazhi.admin.create=admin
 * [--fazhi.admin.org-name=某某县人民政府]}: creates the first administrator, prints a Chinese confirmation and exits
 * (status 0, or 1 with a Chinese reason). The password comes from the environment, never the command line (which
 * other users of the machine can see in the process list).
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "fazhi.admin.create")
class FirstAdministratorRunner implements ApplicationRunner {

    private final FirstAdministrator firstAdministrator;
    private final Environment env;
    private final ConfigurableApplicationContext context;

    FirstAdministratorRunner(FirstAdministrator firstAdministrator, Environment env, ConfigurableApplicationContext context) {
        this.firstAdministrator = firstAdministrator;
        this.env = env;
        this.context = context;
    }

    /** Runs the command; returns the exit status and prints the outcome. */
    int execute() {
        try {
            FirstAdministrator.Result r = firstAdministrator.create(env.getProperty("fazhi.admin.create"),
                    env.getProperty("FAZHI_ADMIN_PASSWORD"), env.getProperty("fazhi.admin.org-name"));
            System.out.println(r.message());
            return 0;
        } catch (BusinessException e) {
            System.err.println("创建管理员失败:" + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("创建管理员失败:" + e.getMessage());
            return 1;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = execute();
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
