package cn.fazhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Fazhi 法治政府建设平台: one deployable, one package per business module (see docs/architecture.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Fazhi")
public class FazhiApplication {

    public static void main(String[] args) {
        SpringApplication.run(FazhiApplication.class, args);
    }
}
