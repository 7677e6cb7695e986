/** Code the disputes procedures share: deadlines (type, store, re-timing, to-dos), metric conditions, field checks. */
package cn.fazhi.disputes.support;
