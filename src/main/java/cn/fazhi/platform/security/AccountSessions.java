package cn.fazhi.platform.security;

import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's page sessions on every node (sessions are in the database, indexed by principal name). For
 * {@code platform.org} when it disables an account or changes its roles, so that the change applies at once rather
 * than at the next login (bearer calls already reload the account on each request).
 */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Deletes every session of the user; returns how many there were. */
    public int endSessionsOf(String username) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }
}
