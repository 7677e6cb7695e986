package cn.fazhi.platform.documents;

import java.util.List;

/**
 * What a document holds, in body order: its text (paragraphs one per line; table rows one per line with cells
 * separated by tabs) and its tables as grids (rows of cells, merged cells filled with the merged value).
 *
 * @param kind   what the bytes were
 * @param text   the text as read
 * @param tables the tables (a spreadsheet is one table: its first sheet with content)
 */
public record DocumentContent(Kind kind, String text, List<List<List<String>>> tables) {

    public DocumentContent {
        tables = tables.stream().map(t -> t.stream().map(List::copyOf).toList()).toList();
    }

    /** The kinds of document that can be read. */
    public enum Kind { TEXT, DOCX, XLSX, PDF }
}
