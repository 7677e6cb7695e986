/** Login, API tokens, password policy, lock-out, sessions, the authenticated principal and its data scope. */
@org.springframework.modulith.ApplicationModule(displayName = "platform.security")
package cn.fazhi.platform.security;
