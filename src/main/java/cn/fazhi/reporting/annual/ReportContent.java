package cn.fazhi.reporting.annual;

import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the office edits in a report: the header (标题 and 发文机关署名, each null while the standard one applies), the
 * narrative of each section, the figure sentences it dropped (a sentence whose figure the place does not report), and
 * the 成文日期 set when the leader approves. Stored as JSON text.
 */
public final class ReportContent {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_NARRATIVE = 20000;
    static final int MAX_TITLE = 200;
    static final int MAX_SIGNATURE = 100;

    private String title;
    private String signature;

    private Map<String, String> narratives = new LinkedHashMap<>();
    private Set<String> dropped = new TreeSet<>();
    private LocalDate approvedOn;

    public ReportContent() {
    }

    public static ReportContent fromTemplate(ReportTemplate template, String orgName, int year) {
        ReportContent c = new ReportContent();
        for (ReportTemplate.Section s : template.sections()) {
            c.narratives.put(s.key(), s.narrative().replace("{year}", String.valueOf(year)).replace("{org}", orgName));
        }
        return c;
    }

    public ReportContent copy() {
        ReportContent c = new ReportContent();
        c.narratives = new LinkedHashMap<>(narratives);
        c.dropped = new TreeSet<>(dropped);
        c.title = title;
        c.signature = signature;
        return c;
    }

    void setNarrative(String key, String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (t.length() > MAX_NARRATIVE) {
            throw BusinessException.invalid("narrative", "每部分正文不能超过" + MAX_NARRATIVE + "字");
        }
        if (ReportTemplate.PLACEHOLDER.matcher(t).find()) {
            throw BusinessException.invalid("narrative", "正文中不能填写指标占位符;数据由系统按指标生成");
        }
        narratives.put(key, t);
    }

    /**
     * 标题 and 发文机关署名 (GB/T 9704-2012 §7.2.1, §7.3.5.1): blank restores the standard one; one line each, since the
     * official layout centres the title and sets the signature on one line over the date.
     */
    void setHeader(String newTitle, String newSignature) {
        String t = headerField(newTitle, MAX_TITLE, "title", "标题");
        String s = headerField(newSignature, MAX_SIGNATURE, "signature", "发文机关署名");
        this.title = t;
        this.signature = s;
    }

    private static String headerField(String text, int max, String field, String label) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            throw BusinessException.invalid(field, label + "只能写一行");
        }
        if (t.length() > max) {
            throw BusinessException.invalid(field, label + "不能超过" + max + "字");
        }
        if (ReportTemplate.PLACEHOLDER.matcher(t).find()) {
            throw BusinessException.invalid(field, label + "中不能填写指标占位符");
        }
        return t;
    }

    void setDropped(String sentenceKey, boolean drop) {
        if (drop) {
            dropped.add(sentenceKey);
        } else {
            dropped.remove(sentenceKey);
        }
    }

    public String narrative(String key) {
        return narratives.getOrDefault(key, "");
    }

    public boolean isDropped(String key) {
        return dropped.contains(key);
    }

    public Map<String, String> getNarratives() {
        return narratives;
    }

    public void setNarratives(Map<String, String> narratives) {
        this.narratives = new LinkedHashMap<>(narratives);
    }

    public Set<String> getDropped() {
        return dropped;
    }

    public void setDropped(Set<String> dropped) {
        this.dropped = new TreeSet<>(dropped);
    }

    /** The office's title, or null for the standard one. */
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The office's 发文机关署名, or null for the organisation's name. */
    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static ReportContent fromJson(String json) {
        return JSON.readValue(json, ReportContent.class);
    }
}
