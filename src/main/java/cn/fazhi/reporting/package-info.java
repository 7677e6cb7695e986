/**
 * The annual report on 法治政府建设: composed from metrics and declared figures, reviewed, approved and published
 * (frozen with the records behind each figure), output as .docx/PDF/public page; and reading other places' published
 * reports to extract their figures for comparison.
 */
@org.springframework.modulith.ApplicationModule(displayName = "reporting")
package cn.fazhi.reporting;
