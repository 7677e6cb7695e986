package cn.fazhi.platform.org.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.ImportRejected;
import cn.fazhi.platform.org.ImportResult;
import cn.fazhi.platform.org.OrgImporter;
import cn.fazhi.platform.org.Permissions;
import cn.fazhi.platform.org.UserImporter;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 批量导入 page: Excel import of organisations and users, showing every row error (nothing written on error). */
@Controller
class ImportPages {

    private final OrgImporter orgImporter;
    private final UserImporter userImporter;

    ImportPages(OrgImporter orgImporter, UserImporter userImporter) {
        this.orgImporter = orgImporter;
        this.userImporter = userImporter;
    }

    @GetMapping("/admin/import")
    String page(Model model) {
        Access.requireAny(CurrentUser.get(), Permissions.ORG_MANAGE, Permissions.USER_MANAGE);
        return "admin/users-import";
    }

    @PostMapping("/admin/import/orgs")
    String orgs(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, Permissions.ORG_MANAGE);
        return run("orgs", file, model, response, in -> orgImporter.importFile(in, me));
    }

    @PostMapping("/admin/import/users")
    String users(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, Permissions.USER_MANAGE);
        return run("users", file, model, response, in -> userImporter.importFile(in, me));
    }

    private interface Importer {
        ImportResult apply(InputStream in);
    }

    private String run(String target, MultipartFile file, Model model, HttpServletResponse response, Importer importer)
            throws IOException {
        model.addAttribute("target", target);
        try (InputStream in = Downloads.requireFile(file)) {
            model.addAttribute("result", importer.apply(in));
        } catch (ImportRejected e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("rowErrors", e.rowErrors());
            response.setStatus(400);
        } catch (BusinessException e) {
            FormErrors.rethrowIfNotInline(e);
            model.addAttribute("error", e.getMessage());
            response.setStatus(400);
        }
        return "admin/users-import";
    }
}
