package cn.fazhi.platform.security.web;

import cn.fazhi.platform.security.ApiTokenAuthentication;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.security.PasswordChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account. */
@RestController
@RequestMapping("/api/account")
@Tag(name = "账号", description = "当前用户自己的账号")
class AccountApi {

    private final PasswordChange passwordChange;

    AccountApi(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
    }

    record PasswordChangeRequest(String currentPassword, String newPassword) {
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "修改密码", description = "校验当前密码与密码复杂度(至少8位,含大写字母、小写字母、数字、特殊字符中的三类,"
            + "不含用户名),新密码不得与当前密码相同。成功后撤销该用户的其他访问令牌。")
    void change(@RequestBody(required = false) PasswordChangeRequest body, HttpServletRequest request,
            HttpServletResponse response) {
        PasswordChangeRequest b = body == null ? new PasswordChangeRequest(null, null) : body;
        UUID keep = SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication t
                ? t.tokenId() : null;
        FazhiPrincipal refreshed = passwordChange.change(CurrentUser.get(), b.currentPassword(), b.newPassword(), keep);
        if (keep == null) {
            SessionPrincipal.replace(refreshed, request, response);
        }
    }
}
