package cn.fazhi.platform.audit;

/**
 * The result of a verification run over the audit chain.
 *
 * @param ok          true when every record in the range links to its predecessor and matches its hash
 * @param verified    how many sealed records were checked (up to and including a broken one)
 * @param firstBroken the first broken link, or null
 * @param pending     records written but not yet sealed into the chain (they are checked once sealed)
 * @param fromSeq     first chain position checked
 * @param headSeq     last chain position checked (0 when the chain is empty)
 * @param headHash    hash of the last record checked: note it outside the system to detect a truncated tail later
 */
public record ChainVerification(boolean ok, long verified, BrokenLink firstBroken, long pending, long fromSeq,
        long headSeq, String headHash) {

    /**
     * Where the chain breaks.
     *
     * @param chainSeq the chain position of the missing or altered record
     * @param recordId the id of the altered record, or null when the record is missing
     * @param reason   a Chinese explanation
     */
    public record BrokenLink(long chainSeq, Long recordId, String reason) {
    }
}
