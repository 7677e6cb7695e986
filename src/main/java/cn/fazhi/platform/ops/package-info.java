/**
 * Operations: the H2 export/import commands that carry an embedded database across H2 versions (whose file formats
 * change), and the environment they run in (no web server, no migrations, no jobs).
 */
@org.springframework.modulith.ApplicationModule(displayName = "platform.ops")
package cn.fazhi.platform.ops;
