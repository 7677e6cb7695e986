package cn.fazhi.plan.importing;

import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.plan.parsing.PlanParser;
import cn.fazhi.platform.kernel.BusinessException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@link PlanSourceReader} over the parser: text and .txt here; other formats through the documents reader. */
@Component
class ParserSourceReader implements PlanSourceReader {

    private final PlanParser parser = new PlanParser();

    @Override
    public ParsedPlan read(String filename, byte[] bytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (bytes == null || bytes.length == 0) {
            throw BusinessException.invalid("file", "文件为空,请选择有内容的方案文档");
        }
        if (name.endsWith(".txt") || name.endsWith(".csv") || name.isEmpty()) {
            return readText(decode(bytes));
        }
        throw BusinessException.invalid("file", "暂不支持该文件格式,请上传 .txt 或粘贴方案文本");
    }

    @Override
    public ParsedPlan readText(String text) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid("text", "方案文本为空");
        }
        return parser.parse(text);
    }

    /** UTF-8 (with or without BOM), else GB18030 (files saved by older Chinese editors). */
    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
