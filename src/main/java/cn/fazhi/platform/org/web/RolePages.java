package cn.fazhi.platform.org.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.org.PermissionCatalog;
import cn.fazhi.platform.org.Permissions;
import cn.fazhi.platform.org.Role;
import cn.fazhi.platform.org.RoleForm;
import cn.fazhi.platform.org.Roles;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.security.ScopeKind;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 角色与数据权限 pages: the list, permissions grouped as checkboxes, scope select, custom unit multi-select. */
@Controller
@RequestMapping("/admin/roles")
class RolePages {

    private final Roles roles;
    private final PermissionCatalog catalog;
    private final OrgUnits orgUnits;

    RolePages(Roles roles, PermissionCatalog catalog, OrgUnits orgUnits) {
        this.roles = roles;
        this.catalog = catalog;
        this.orgUnits = orgUnits;
    }

    @GetMapping
    String list(Model model) {
        Access.require(CurrentUser.get(), Permissions.ROLE_MANAGE);
        model.addAttribute("roles", roles.all());
        model.addAttribute("catalog", catalog);
        return "admin/roles";
    }

    private String form(Model model, Role role) {
        model.addAttribute("role", role);
        model.addAttribute("groups", catalog.grouped());
        model.addAttribute("scopes", ScopeKind.values());
        model.addAttribute("orgs", orgUnits.tree());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "admin/roles-form";
    }

    private static RoleForm sanitize(RoleForm f) {
        return new RoleForm(f.code(), f.name(), f.scope(), f.description(),
                f.permissions() == null ? List.of() : f.permissions(),
                f.scopeOrgIds() == null ? List.of() : f.scopeOrgIds(), f.version());
    }

    @GetMapping("/new")
    String newForm(Model model) {
        Access.require(CurrentUser.get(), Permissions.ROLE_MANAGE);
        model.addAttribute("form", new RoleForm(null, null, ScopeKind.OWN_ORG.name(), null, List.of(), List.of(), null));
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") RoleForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        RoleForm f = sanitize(form);
        try {
            Role created = roles.create(f, me);
            redirect.addFlashAttribute("notice", "已新建角色“" + created.name() + "”");
            return "redirect:/admin/roles";
        } catch (BusinessException e) {
            FormErrors.rethrowIfNotInline(e);
            FormErrors.addTo(model, e);
            model.addAttribute("form", f);
            response.setStatus(400);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Role r = roles.get(id, CurrentUser.get());
        model.addAttribute("form", new RoleForm(r.code(), r.name(), r.scope().name(), r.description(),
                new ArrayList<>(r.permissions()), r.scopeOrgIds(), r.version()));
        return form(model, r);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") RoleForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        Role r = roles.get(id, me);
        RoleForm f = sanitize(form);
        try {
            roles.update(id, f, me);
            redirect.addFlashAttribute("notice", "已保存角色“" + f.name() + "”");
            return "redirect:/admin/roles";
        } catch (BusinessException e) {
            FormErrors.rethrowIfNotInline(e);
            FormErrors.addTo(model, e);
            model.addAttribute("form", f);
            response.setStatus(400);
            return form(model, r);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        Role r = roles.get(id, me);
        try {
            roles.delete(id, me);
            redirect.addFlashAttribute("notice", "已删除角色“" + r.name() + "”");
        } catch (BusinessException e) {
            FormErrors.rethrowIfNotInline(e);
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/admin/roles";
    }
}
