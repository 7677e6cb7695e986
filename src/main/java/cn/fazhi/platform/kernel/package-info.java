/** Shared kernel: error types, problem details, clock. Every module may use it. */
@org.springframework.modulith.ApplicationModule(displayName = "platform.kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.fazhi.platform.kernel;
