/**
 * The metric catalogue (design.md, "the spine"): one registry of metric definitions with stable names; modules
 * contribute values for (organisation, with or without subordinates, period), each able to list the records behind it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "platform.metrics")
package cn.fazhi.platform.metrics;
