package cn.fazhi.reporting.annual;

import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the office edits in a report: the narrative of each section, the figure sentences it dropped (a sentence
 * whose figure the place does not report), and the 成文日期 set when the leader approves. Stored as JSON text.
 */
public final class ReportContent {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_NARRATIVE = 20000;

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
