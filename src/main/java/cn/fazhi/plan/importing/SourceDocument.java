package cn.fazhi.plan.importing;

/** The uploaded document (or pasted text) a plan was read from; stored as an attachment on import. */
public record SourceDocument(String filename, String contentType, byte[] bytes) implements java.io.Serializable {
}
