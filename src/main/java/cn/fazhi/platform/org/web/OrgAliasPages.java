package cn.fazhi.platform.org.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgAliases;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.org.Permissions;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 单位别名 admin page: list, add, delete (org:manage). */
@Controller
@RequestMapping("/admin/org-aliases")
class OrgAliasPages {

    private final OrgAliases aliases;
    private final OrgUnits orgUnits;

    OrgAliasPages(OrgAliases aliases, OrgUnits orgUnits) {
        this.aliases = aliases;
        this.orgUnits = orgUnits;
    }

    @GetMapping
    String list(Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, Permissions.ORG_MANAGE);
        model.addAttribute("aliases", aliases.list());
        model.addAttribute("orgs", orgUnits.tree());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "admin/org-aliases";
    }

    @PostMapping
    String add(@RequestParam(required = false) String alias, @RequestParam(required = false) Long orgId, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        try {
            if (orgId == null) {
                throw BusinessException.invalid("orgId", "请选择单位");
            }
            var a = aliases.add(alias, orgId, me);
            redirect.addFlashAttribute("notice", "已新增别名“" + a.alias() + "” → " + a.orgName());
            return "redirect:/admin/org-aliases";
        } catch (BusinessException e) {
            FormErrors.rethrowIfNotInline(e);
            FormErrors.addTo(model, e);
            model.addAttribute("alias", alias);
            model.addAttribute("orgId", orgId);
            response.setStatus(400);
            return list(model);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        aliases.delete(id, CurrentUser.get());
        redirect.addFlashAttribute("notice", "已删除别名");
        return "redirect:/admin/org-aliases";
    }
}
