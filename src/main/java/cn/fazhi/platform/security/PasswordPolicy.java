package cn.fazhi.platform.security;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Password complexity (等保 2.0 三级, 身份鉴别: 口令具有复杂度要求): at least 8 characters, at least three of the four
 * classes (upper case, lower case, digits, other characters), and not containing the username.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    /** The Chinese reasons the password is refused; empty when it is acceptable. */
    public List<String> violations(String username, String password) {
        List<String> reasons = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            reasons.add("密码长度不能少于" + MIN_LENGTH + "位");
            if (password == null) {
                return reasons;
            }
        }
        int classes = 0;
        if (password.chars().anyMatch(Character::isUpperCase)) classes++;
        if (password.chars().anyMatch(Character::isLowerCase)) classes++;
        if (password.chars().anyMatch(Character::isDigit)) classes++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
        if (classes < 3) {
            reasons.add("密码须包含大写字母、小写字母、数字、特殊字符中的至少三类");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            reasons.add("密码不能包含用户名");
        }
        return reasons;
    }

    /** Throws a validation error on field {@code password} naming every violation. */
    public void check(String username, String password) {
        List<String> reasons = violations(username, password);
        if (!reasons.isEmpty()) {
            throw BusinessException.invalid("password", String.join(";", reasons));
        }
    }
}
