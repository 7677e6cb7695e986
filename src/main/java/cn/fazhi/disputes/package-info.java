/**
 * Disputes: administrative reconsideration (行政复议), litigation response (行政应诉), administrative mediation
 * (行政调解) and petitions (信访), each a statutory procedure with its deadlines from platform.calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "disputes")
package cn.fazhi.disputes;
