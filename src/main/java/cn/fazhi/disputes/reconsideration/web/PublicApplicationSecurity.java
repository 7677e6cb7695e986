package cn.fazhi.disputes.reconsideration.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public online application (行政复议法(2023) 第二十二条: 网络提交) needs an anonymous POST with CSRF protection,
 * which the platform's stateless /public/** chain (GET only) does not allow. This narrow chain, ahead of it, covers
 * only /public/reconsideration/**: GET and POST without login, CSRF on (token in the session the form creates).
 */
@Configuration(proxyBeanMethods = false)
class PublicApplicationSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain publicReconsiderationChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/reconsideration/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/public/reconsideration/apply", "/public/reconsideration/track").permitAll()
                        .requestMatchers(HttpMethod.POST, "/public/reconsideration/apply").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(rc -> rc.disable())
                .headers(h -> h.frameOptions(f -> f.deny()).contentTypeOptions(c -> { }))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable());
        return http.build();
    }
}
