package cn.fazhi.platform.security;

import java.io.Serializable;

/**
 * Authentication details of a password login: the client address and the channel ({@code form} for the login page,
 * {@code api} for {@code POST /api/auth/token}), recorded in the audit trail.
 */
public record LoginDetails(String clientAddress, String channel) implements Serializable {

    public static final String FORM = "form";
    public static final String API = "api";
}
