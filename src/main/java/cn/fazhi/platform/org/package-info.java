/** The organisation tree, users, roles and their data scopes. */
@org.springframework.modulith.ApplicationModule(displayName = "platform.org")
package cn.fazhi.platform.org;
