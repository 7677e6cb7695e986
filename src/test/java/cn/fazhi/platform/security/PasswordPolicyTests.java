package cn.fazhi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import org.junit.jupiter.api.Test;

/** 等保 2.0 三级 身份鉴别: 口令具有复杂度要求 (≥ 8 characters, three of four classes, not the username). */
class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void tooShortIsRefused() {
        assertThat(policy.violations("zhangsan", "Ab1#xyz")).containsExactly("密码长度不能少于8位");
    }

    @Test
    void onlyTwoClassesIsRefused() {
        assertThat(policy.violations("zhangsan", "abcdefgh12"))
                .containsExactly("密码须包含大写字母、小写字母、数字、特殊字符中的至少三类");
    }

    @Test
    void containingTheUsernameIsRefusedWhateverTheCase() {
        assertThat(policy.violations("zhangsan", "ZhangSan#2024")).containsExactly("密码不能包含用户名");
    }

    @Test
    void threeClassesOfEightOrMoreWithoutTheUsernameIsAccepted() {
        assertThat(policy.violations("zhangsan", "Fazhi#2024")).isEmpty();
        assertThat(policy.violations("zhangsan", "fazhi#2024")).isEmpty();
    }

    @Test
    void checkNamesTheFieldAndEveryReason() {
        assertThatThrownBy(() -> policy.check("zhangsan", "zhang"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("不能少于8位")
                .hasMessageContaining("至少三类");
    }
}
