package cn.fazhi.platform.security.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.ApiTokenAuthentication;
import cn.fazhi.platform.security.ApiTokens;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.security.LoginDetails;
import cn.fazhi.platform.security.LoginFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API bearer tokens: issue with username and password, list and revoke one's own. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "认证", description = "访问令牌的申请、查询与撤销")
class AuthApi {

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;

    AuthApi(AuthenticationManager authenticationManager, ApiTokens tokens) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
    }

    record TokenRequest(String username, String password) {
    }

    record TokenResponse(String token, String tokenType, Instant expiresAt) {
    }

    record TokenPage(List<ApiTokens.TokenInfo> items, int page, int size, long total) {
    }

    @PostMapping("/token")
    @Operation(summary = "申请访问令牌", description = "以用户名和密码换取 Bearer 令牌(仅返回一次,有效期见 fazhi.security.token-ttl)。"
            + "连续失败达到上限后账号锁定(423,code ACCOUNT_LOCKED);用户名或密码错误为 401,code BAD_CREDENTIALS。")
    TokenResponse issue(@RequestBody(required = false) TokenRequest body, HttpServletRequest request) {
        List<BusinessException.FieldError> missing = new ArrayList<>();
        if (body == null || body.username() == null || body.username().isBlank()) {
            missing.add(new BusinessException.FieldError("username", "请输入用户名"));
        }
        if (body == null || body.password() == null || body.password().isEmpty()) {
            missing.add(new BusinessException.FieldError("password", "请输入密码"));
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("VALIDATION", "请输入用户名和密码", 400, missing);
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                body.username().trim(), body.password());
        attempt.setDetails(new LoginDetails(request.getRemoteAddr(), LoginDetails.API));
        Authentication auth;
        try {
            auth = authenticationManager.authenticate(attempt);
        } catch (LoginFailedException e) {
            throw new BusinessException(e.reason().name(), e.getMessage(), e.reason().status());
        }
        FazhiPrincipal principal = (FazhiPrincipal) auth.getPrincipal();
        ApiTokens.IssuedToken issued = tokens.issue(principal, request.getRemoteAddr());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    @DeleteMapping("/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销当前令牌", description = "撤销本次请求所携带的 Bearer 令牌。")
    void revokePresented() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication auth)) {
            throw new BusinessException("NO_TOKEN", "本次请求未携带访问令牌,无可撤销的令牌", 400);
        }
        tokens.revoke(auth.tokenId(), auth.getPrincipal().userId());
    }

    @GetMapping("/tokens")
    @Operation(summary = "我的有效令牌", description = "当前用户尚未过期、未撤销的令牌(不含令牌本身)。")
    TokenPage mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw BusinessException.invalid(page < 0 ? "page" : "size", "分页参数不正确:page ≥ 0,1 ≤ size ≤ 200");
        }
        long userId = CurrentUser.get().userId();
        return new TokenPage(tokens.active(userId, page, size), page, size, tokens.countActive(userId));
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销我的令牌", description = "撤销当前用户自己的一个令牌。")
    void revoke(@PathVariable UUID id) {
        if (!tokens.revoke(id, CurrentUser.get().userId())) {
            throw BusinessException.notFound("令牌");
        }
    }
}
