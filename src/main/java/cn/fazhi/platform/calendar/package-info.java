/** Official holidays and make-up working days; statutory periods (期间) in natural days, working days and months. */
@org.springframework.modulith.ApplicationModule(displayName = "platform.calendar")
package cn.fazhi.platform.calendar;
