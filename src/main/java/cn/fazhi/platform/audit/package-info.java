/** The append-only, hash-chained record of every state change and login. */
@org.springframework.modulith.ApplicationModule(displayName = "platform.audit")
package cn.fazhi.platform.audit;
