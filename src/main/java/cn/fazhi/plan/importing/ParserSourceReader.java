package cn.fazhi.plan.importing;

import cn.fazhi.plan.PlanDocuments;
import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.platform.kernel.BusinessException;
import org.springframework.stereotype.Component;

/**
 * {@link PlanSourceReader} over {@link PlanDocuments}: .docx/.pdf/.txt/.xlsx uploads and pasted text, with the
 * document reader's limits and Chinese refusals (empty, scanned PDF, zip bomb, corrupt).
 */
@Component
class ParserSourceReader implements PlanSourceReader {

    private final PlanDocuments documents;

    ParserSourceReader(PlanDocuments documents) {
        this.documents = documents;
    }

    @Override
    public ParsedPlan read(String filename, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw BusinessException.invalid("file", "文件为空,请选择有内容的方案文档");
        }
        return documents.read(bytes, filename);
    }

    @Override
    public ParsedPlan readText(String text) {
        return documents.readText(text);
    }
}
