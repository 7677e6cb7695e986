/** Attachments with checksums, type checks and authorised download. */
@org.springframework.modulith.ApplicationModule(displayName = "platform.files")
package cn.fazhi.platform.files;
