package cn.fazhi.platform.security;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by an API bearer token: the principal, loaded afresh, and which token it presented. */
public class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final FazhiPrincipal principal;
    private final UUID tokenId;
    private final Instant expiresAt;

    public ApiTokenAuthentication(FazhiPrincipal principal, UUID tokenId, Instant expiresAt) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.tokenId = tokenId;
        this.expiresAt = expiresAt;
        setAuthenticated(true);
    }

    public UUID tokenId() {
        return tokenId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public FazhiPrincipal getPrincipal() {
        return principal;
    }
}
