/**
 * Implementation plans (实施方案): import from the document, tasks with one lead unit each, progress reports and their
 * review, supervision (督办), overviews, exports, the plan's metrics and its public page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "plan")
package cn.fazhi.plan;
