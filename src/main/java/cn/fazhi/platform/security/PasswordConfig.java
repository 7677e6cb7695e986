package cn.fazhi.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed through a {@code DelegatingPasswordEncoder}: new hashes are bcrypt ({bcrypt} prefix), and the
 * prefix lets a later release move to argon2 without invalidating stored hashes (等保 2.0: 口令加密存储).
 */
@Configuration(proxyBeanMethods = false)
public class PasswordConfig {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
