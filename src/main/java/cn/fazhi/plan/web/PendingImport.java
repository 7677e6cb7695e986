package cn.fazhi.plan.web;

import java.io.Serializable;

/**
 * An upload read but not yet confirmed, kept in the user's session (Spring Session JDBC serialises it): the parsed
 * plan as JSON and the source bytes. Nothing is in the plan tables until the user confirms.
 */
record PendingImport(String parsedJson, String filename, String contentType, byte[] bytes) implements Serializable {
    static final String PREFIX = "plan.import.";
}
