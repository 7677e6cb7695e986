/**
 * Reading a plan document (text or a task-division table) into numbered tasks with their area, sub-area, lead and
 * responsible units and deadline. Pure domain code: no Spring, no SQL; never throws on any input (the result carries
 * warnings instead).
 */
@org.springframework.modulith.NamedInterface("parsing")
package cn.fazhi.plan.parsing;
