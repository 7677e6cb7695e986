package cn.fazhi.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (browsable at {@code /swagger-ui.html}). Every API call carries a
 * bearer token from {@code POST /api/auth/token}; the server URL is relative so that the document is right behind
 * any reverse proxy.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI fazhiOpenApi(@Value("${fazhi.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("法治政府建设平台 API")
                        .version(version)
                        .description("""
                                法治政府建设平台(Fazhi)的 HTTP 接口。所有接口位于 /api/ 下,使用 JSON,日期为 ISO-8601 格式,\
                                列表分页参数为 page、size。调用前通过 POST /api/auth/token 获取访问令牌,\
                                并在请求头中携带 Authorization: Bearer <令牌>。错误按 RFC 9457 返回 problem+json,\
                                含稳定的 code 与中文 detail。""")
                        .license(new License().name("开源许可见项目仓库")))
                .servers(List.of(new Server().url("/").description("当前服务器")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("opaque")
                        .description("POST /api/auth/token 获取的访问令牌")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
