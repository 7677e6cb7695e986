package cn.fazhi.platform.security;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in {@link FazhiPrincipal} of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<FazhiPrincipal> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FazhiPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    public static FazhiPrincipal get() {
        return find().orElseThrow(() -> new BusinessException("UNAUTHENTICATED", "请先登录", 401));
    }
}
