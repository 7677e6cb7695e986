/** Code the disputes procedures share (metric conditions). */
package cn.fazhi.disputes.support;
