package cn.fazhi.platform.security;

import cn.fazhi.platform.kernel.TimeConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test doubles of the security tests: an in-memory {@link AccountDirectory} (platform.org provides the real one) and
 * a clock the tests can move (lock-out expiry, token expiry). Both are {@code @Primary} so that they win over the
 * production beans when those exist.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SecurityTestSupport {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    InMemoryAccountDirectory inMemoryAccountDirectory(PasswordEncoder encoder) {
        return new InMemoryAccountDirectory(encoder);
    }

    /** A clock that starts at the real time and moves only when a test says so. */
    public static class MutableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        public void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        public void reset() {
            now.set(Instant.now());
        }

        @Override
        public ZoneId getZone() {
            return TimeConfig.CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    /** Accounts held in memory; every load returns a fresh principal, as the database-backed directory does. */
    public static class InMemoryAccountDirectory implements AccountDirectory {
        private static final AtomicLong IDS = new AtomicLong(900_000 + (System.nanoTime() & 0xffff));
        private final PasswordEncoder encoder;
        private final Map<String, Account> accounts = new ConcurrentHashMap<>();

        InMemoryAccountDirectory(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        /** Creates an account with a unique username starting with {@code prefix}; returns the username. */
        public String create(String prefix, String password, boolean mustChange, String... permissions) {
            String username = prefix + UUID.randomUUID().toString().substring(0, 8);
            accounts.put(username, new Account(IDS.incrementAndGet(), encoder.encode(password), true, mustChange,
                    Set.of(permissions)));
            return username;
        }

        public void disable(String username) {
            accounts.computeIfPresent(username, (k, a) -> new Account(a.id, a.hash, false, a.mustChange, a.permissions));
        }

        public String hashOf(String username) {
            return accounts.get(username).hash;
        }

        public boolean mustChange(String username) {
            return accounts.get(username).mustChange;
        }

        public long idOf(String username) {
            return accounts.get(username).id;
        }

        @Override
        public Optional<FazhiPrincipal> loadByUsername(String username) {
            Account a = accounts.get(username);
            if (a == null) {
                return Optional.empty();
            }
            return Optional.of(new FazhiPrincipal(a.id, username, "测试用户" + username, 1L, "测试单位", "/1/", a.hash,
                    a.enabled, a.mustChange, Set.of("TESTER"), a.permissions,
                    new DataScope(false, Set.of("/1/"), Set.of(), a.id)));
        }

        @Override
        public void updatePassword(long userId, String passwordHash, boolean mustChange) {
            accounts.replaceAll((k, a) -> a.id == userId
                    ? new Account(a.id, passwordHash, a.enabled, mustChange, a.permissions) : a);
        }

        private record Account(long id, String hash, boolean enabled, boolean mustChange, Set<String> permissions) {
        }
    }
}
