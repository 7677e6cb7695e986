/**
 * Administrative reconsideration (行政复议法, 2023 revision): the case aggregate with its states and gates, the
 * statutory deadlines from platform.calendar, persistence within data scope, documents, metrics.
 */
package cn.fazhi.disputes.reconsideration;
