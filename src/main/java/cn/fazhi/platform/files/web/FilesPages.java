package cn.fazhi.platform.files.web;

import cn.fazhi.platform.files.AttachmentInfo;
import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.files.FilesProperties;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.FazhiPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 附件 pages: upload form and the list of attachments in the user's scope, a detail page, download, delete. */
@Controller
class FilesPages {

    private final Attachments attachments;
    private final FilesProperties properties;

    FilesPages(Attachments attachments, FilesProperties properties) {
        this.attachments = attachments;
        this.properties = properties;
    }

    @GetMapping("/files")
    String index(@RequestParam(defaultValue = "0") int page, Model model) {
        FazhiPrincipal user = FilesApi.require(Attachments.READ, "没有查看附件的权限");
        fill(model, user, page);
        return "files/index";
    }

    @PostMapping("/files")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "purpose", required = false) String purpose, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FazhiPrincipal user = FilesApi.require(Attachments.UPLOAD, "没有上传附件的权限");
        try {
            AttachmentRef ref = FilesApi.store(attachments, user, file, purpose, null);
            redirect.addFlashAttribute("notice", "已上传:" + ref.filename());
            return "redirect:/files";
        } catch (BusinessException e) {
            // show the refusal on the form itself, with the status it carries (400, 413 …)
            response.setStatus(e.status());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("purpose", purpose);
            fill(model, user, 0);
            return "files/index";
        }
    }

    @GetMapping("/files/{id}")
    String detail(@PathVariable String id, Model model) {
        FazhiPrincipal user = FilesApi.require(Attachments.READ, "没有查看附件的权限");
        AttachmentInfo info = attachments.find(FilesApi.parseId(id)).orElseThrow(FilesApi::notFound);
        model.addAttribute("a", info);
        model.addAttribute("canDelete", info.ownerUserId() == user.userId() || user.can(Attachments.MANAGE));
        return "files/detail";
    }

    @GetMapping("/files/{id}/download")
    ResponseEntity<Resource> download(@PathVariable String id) {
        FilesApi.require(Attachments.READ, "没有查看附件的权限");
        UUID uuid = FilesApi.parseId(id);
        AttachmentInfo info = attachments.find(uuid).orElseThrow(FilesApi::notFound);
        return Downloads.response(info, attachments.open(uuid));
    }

    @PostMapping("/files/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        FilesApi.require(Attachments.READ, "没有查看附件的权限");
        attachments.delete(FilesApi.parseId(id));
        redirect.addFlashAttribute("notice", "附件已删除");
        return "redirect:/files";
    }

    /** Refusals on these pages render within the files layout (Chinese message, the refusal's status). */
    @ExceptionHandler(BusinessException.class)
    String refused(BusinessException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("status", e.status());
        model.addAttribute("message", e.getMessage());
        return "files/refused";
    }

    private void fill(Model model, FazhiPrincipal user, int page) {
        model.addAttribute("page", attachments.list(page, 20));
        model.addAttribute("canUpload", user.can(Attachments.UPLOAD));
        model.addAttribute("maxSize", properties.maxSizeLabel());
        model.addAttribute("allowed", String.join("、", properties.allowedExtensions()));
        model.addAttribute("accept", "." + String.join(",.", properties.allowedExtensions()));
    }
}
