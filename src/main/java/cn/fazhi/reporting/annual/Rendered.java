package cn.fazhi.reporting.annual;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report as rendered: live from the metrics while it is being composed, or read back from the frozen copy once
 * published. The same structure feeds the editor, the API, the .docx, the PDF and the public page.
 */
public final class Rendered {

    private Rendered() {
    }

    /** One record behind a figure (frozen at publication): what it was and where it was, when published. */
    public record FrozenRecord(String type, String id, String label, String link, Boolean inNumerator) {
    }

    /**
     * One figure of a sentence.
     *
     * @param text        the figure as printed ("26", "98.5%"), or 【未申报】 when there is no value
     * @param recordsLink where the records behind it are listed (internal)
     * @param records     the records behind it (only in a frozen copy)
     */
    public record Figure(String metric, String label, String unit, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, boolean declared, boolean missing, Integer definitionVersion, String text,
            String recordsLink, List<FrozenRecord> records) {

        Figure withRecordsLink(String link) {
            return new Figure(metric, label, unit, value, numerator, denominator, declared, missing, definitionVersion,
                    text, link, records);
        }
    }

    /** A piece of a sentence: plain text, or a figure (index into the sentence's figures). */
    public record Segment(String text, Integer figure) {
    }

    public record Sentence(String key, String template, String text, List<Segment> segments, List<Figure> figures,
            boolean missing, boolean dropped) {
    }

    public record Section(String key, String heading, int level, String narrative, List<Sentence> sentences) {
    }

    public record Report(String title, long orgId, String orgName, int year, int versionNo, String correctionNote,
            List<Section> sections, String signature, String dateText) {

        /** The same report with each figure's records link replaced (a frozen copy links to its frozen records). */
        Report withRecordsLinks(java.util.function.Function<Figure, String> link) {
            List<Section> out = sections.stream().map(s -> new Section(s.key(), s.heading(), s.level(), s.narrative(),
                    s.sentences().stream().map(st -> new Sentence(st.key(), st.template(), st.text(), st.segments(),
                            st.figures().stream().map(f -> f.withRecordsLink(link.apply(f))).toList(), st.missing(),
                            st.dropped())).toList())).toList();
            return new Report(title, orgId, orgName, year, versionNo, correctionNote, out, signature, dateText);
        }

        /** The first figure of the given metric, if the report has it. */
        public java.util.Optional<Figure> figure(String metric) {
            return sections.stream().flatMap(s -> s.sentences().stream()).flatMap(s -> s.figures().stream())
                    .filter(f -> f.metric().equals(metric)).findFirst();
        }

        /** The figures with no value, as "sentence key: metric" (what blocks submission). */
        public List<Figure> missingFigures() {
            return sections.stream().flatMap(s -> s.sentences().stream()).filter(s -> !s.dropped())
                    .flatMap(s -> s.figures().stream()).filter(Figure::missing).toList();
        }

        /**
         * Body paragraphs in order (headings, narratives, sentences not dropped) — for .docx, PDF, the public page and
         * plain text. A "(一)" subsection with nothing in it (no narrative, every sentence dropped) prints no heading:
         * the subsections are the template's suggestions, while the "一、" parts are the content the supervision rules
         * require and always appear.
         */
        public List<Block> blocks() {
            List<Block> out = new java.util.ArrayList<>();
            for (Section s : sections) {
                StringBuilder para = new StringBuilder(s.narrative() == null ? "" : s.narrative().strip());
                for (Sentence sentence : s.sentences()) {
                    if (!sentence.dropped()) {
                        para.append(sentence.text());
                    }
                }
                if (s.level() != 1 && para.toString().isBlank()) {
                    continue;
                }
                out.add(new Block(s.level() == 1 ? "h1" : "h2", s.heading()));
                for (String p : para.toString().split("\\n+")) {
                    if (!p.isBlank()) {
                        out.add(new Block("p", p.strip()));
                    }
                }
            }
            return out;
        }
    }

    /** A block of the body: h1, h2 or p. */
    public record Block(String kind, String text) {
    }
}
