/**
 * Importing a parsed plan: unit names resolved (exact, short name, alias) or decided by the user, the plan, its
 * sections, tasks and units written in one transaction; idempotent by the hash of the parsed content.
 */
package cn.fazhi.plan.importing;
