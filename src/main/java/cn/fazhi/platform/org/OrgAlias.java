package cn.fazhi.platform.org;

import java.time.OffsetDateTime;

/** Another name of an organisation ("市编办" → 市委机构编制委员会办公室), used when importers match names. */
public record OrgAlias(long id, String alias, long orgId, String orgName, OffsetDateTime createdAt, Long createdBy) {
}
