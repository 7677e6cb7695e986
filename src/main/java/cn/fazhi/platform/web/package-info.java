/** The web shell: layout, navigation, home page with its to-do area, error pages, the OpenAPI description. */
@org.springframework.modulith.ApplicationModule(displayName = "platform.web")
package cn.fazhi.platform.web;
