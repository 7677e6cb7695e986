package cn.fazhi.plan.progress;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One figure of a progress report (e.g. 清理文件 / 126 / 件); stored as JSON text [{label, value, unit}]. */
public record Figure(String label, String value, String unit) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Figure {
        label = label == null ? "" : label.trim();
        value = value == null ? "" : value.trim();
        unit = unit == null || unit.isBlank() ? null : unit.trim();
    }

    /** Validates the list: each figure needs a label and a value; at most 50. */
    public static List<Figure> validated(List<Figure> figures) {
        if (figures == null) {
            return List.of();
        }
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f == null || (f.label().isEmpty() && f.value().isEmpty())) {
                continue;
            }
            if (f.label().isEmpty() || f.value().isEmpty()) {
                throw BusinessException.invalid("figures[" + i + "]", "第" + (i + 1) + "项数据须同时填写名称和数值");
            }
            if (f.label().length() > 100 || f.value().length() > 100 || (f.unit() != null && f.unit().length() > 20)) {
                throw BusinessException.invalid("figures[" + i + "]", "第" + (i + 1) + "项数据过长(名称、数值不超过100字,单位不超过20字)");
            }
            out.add(f);
        }
        if (out.size() > 50) {
            throw BusinessException.invalid("figures", "数据项不能超过50项");
        }
        return List.copyOf(out);
    }

    public static String toJson(List<Figure> figures) {
        if (figures == null || figures.isEmpty()) {
            return null;
        }
        String s = JSON.writeValueAsString(figures);
        if (s.length() > 4000) {
            throw BusinessException.invalid("figures", "数据项内容过长,请精简");
        }
        return s;
    }

    public static List<Figure> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(json, new TypeReference<List<Figure>>() { }));
        } catch (JacksonException e) {
            return List.of();
        }
    }
}
