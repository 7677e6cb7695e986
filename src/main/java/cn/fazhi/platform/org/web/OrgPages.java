package cn.fazhi.platform.org.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgForm;
import cn.fazhi.platform.org.OrgKind;
import cn.fazhi.platform.org.OrgNode;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.org.Permissions;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 组织机构 pages: the tree, create/edit forms, move. Requires org:manage; editing only within the data scope. */
@Controller
@RequestMapping("/admin/orgs")
class OrgPages {

    private final OrgUnits orgUnits;

    OrgPages(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    @ModelAttribute("kinds")
    OrgKind[] kinds() {
        return OrgKind.values();
    }

    @GetMapping
    String tree(Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, Permissions.ORG_MANAGE);
        List<OrgNode> nodes = orgUnits.tree();
        model.addAttribute("nodes", nodes);
        model.addAttribute("editable", orgUnits.treeInScope(me).stream().map(n -> n.unit().id()).toList());
        return "admin/orgs";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long parentId, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, Permissions.ORG_MANAGE);
        model.addAttribute("form", new OrgForm(null, null, null, OrgKind.DEPARTMENT.name(), parentId, 0, true, null));
        return form(model, me, null);
    }

    private String form(Model model, FazhiPrincipal me, OrgUnit unit) {
        model.addAttribute("unit", unit);
        model.addAttribute("parents", orgUnits.treeInScope(me));
        model.addAttribute("parentName", unit == null || unit.parentId() == null ? null
                : orgUnits.find(unit.parentId()).map(OrgUnit::name).orElse(null));
        model.addAttribute("canCreateRoot", me.scope().all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "admin/orgs-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") OrgForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        try {
            OrgUnit created = orgUnits.create(form, me);
            redirect.addFlashAttribute("notice", "已新建单位“" + created.name() + "”");
            return "redirect:/admin/orgs";
        } catch (BusinessException e) {
            FormErrors.rethrowIfNotInline(e);
            FormErrors.addTo(model, e);
            response.setStatus(400);
            return form(model, me, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        OrgUnit unit = orgUnits.getForEdit(id, me);
        model.addAttribute("form", new OrgForm(unit.code(), unit.name(), unit.shortName(), unit.kind().name(),
                unit.parentId(), unit.sortOrder(), unit.active(), unit.version()));
        return form(model, me, unit);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") OrgForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        OrgUnit unit = orgUnits.getForEdit(id, me);
        try {
            OrgUnit updated = orgUnits.update(id, form, me);
            redirect.addFlashAttribute("notice", "已保存单位“" + updated.name() + "”");
            return "redirect:/admin/orgs";
        } catch (BusinessException e) {
            FormErrors.rethrowIfNotInline(e);
            FormErrors.addTo(model, e);
            response.setStatus(400);
            return form(model, me, unit);
        }
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam(required = false) Long parentId, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        OrgUnit unit = orgUnits.getForEdit(id, me);
        try {
            OrgUnit moved = orgUnits.move(id, parentId, me);
            redirect.addFlashAttribute("notice", "已移动单位“" + moved.name() + "”");
            return "redirect:/admin/orgs";
        } catch (BusinessException e) {
            FormErrors.rethrowIfNotInline(e);
            model.addAttribute("form", new OrgForm(unit.code(), unit.name(), unit.shortName(), unit.kind().name(),
                    unit.parentId(), unit.sortOrder(), unit.active(), unit.version()));
            model.addAttribute("moveError", e.getMessage());
            response.setStatus(400);
            return form(model, me, unit);
        }
    }
}
