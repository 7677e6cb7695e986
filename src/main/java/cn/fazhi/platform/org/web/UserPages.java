package cn.fazhi.platform.org.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.org.Permissions;
import cn.fazhi.platform.org.Roles;
import cn.fazhi.platform.org.UserForm;
import cn.fazhi.platform.org.UserQuery;
import cn.fazhi.platform.org.UserView;
import cn.fazhi.platform.org.Users;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户 pages: the list with filters, create/edit, roles, password reset, enable/disable. Every read goes through the
 * caller's data scope; a user outside it is "not found" (404), for viewing and changing alike.
 */
@Controller
@RequestMapping("/admin/users")
class UserPages {

    private final Users users;
    private final OrgUnits orgUnits;
    private final Roles roles;

    UserPages(Users users, OrgUnits orgUnits, Roles roles) {
        this.users = users;
        this.orgUnits = orgUnits;
        this.roles = roles;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long orgId, @RequestParam(defaultValue = "false") boolean subOrgs,
            @RequestParam(required = false) String keyword, @RequestParam(required = false) Boolean enabled,
            @RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        FazhiPrincipal me = CurrentUser.get();
        model.addAttribute("result", users.search(new UserQuery(orgId, subOrgs, keyword, enabled), page, 20, me));
        model.addAttribute("orgs", orgUnits.treeInScope(me));
        model.addAttribute("orgId", orgId);
        model.addAttribute("subOrgs", subOrgs);
        model.addAttribute("keyword", keyword);
        model.addAttribute("enabled", enabled);
        model.addAttribute("canManage", me.can(Permissions.USER_MANAGE));
        return htmx != null ? "admin/users :: table" : "admin/users";
    }

    private String form(Model model, FazhiPrincipal me, UserView user) {
        model.addAttribute("user", user);
        model.addAttribute("orgs", orgUnits.treeInScope(me));
        model.addAttribute("roles", roles.all());
        model.addAttribute("canManage", me.can(Permissions.USER_MANAGE));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "admin/users-form";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, Permissions.USER_MANAGE);
        model.addAttribute("form", new UserForm(null, null, me.orgId(), null, null, null, List.of(), null));
        return form(model, me, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        try {
            UserView created = users.create(form, me);
            redirect.addFlashAttribute("notice", "已新建用户“" + created.username() + "”,首次登录须修改密码");
            return "redirect:/admin/users/" + created.id();
        } catch (BusinessException e) {
            FormErrors.rethrowIfNotInline(e);
            FormErrors.addTo(model, e);
            model.addAttribute("form", new UserForm(form.username(), form.displayName(), form.orgId(), form.phone(),
                    form.email(), null, form.roleIds(), null));
            response.setStatus(400);
            return form(model, me, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        UserView u = users.get(id, me);
        model.addAttribute("form", new UserForm(u.username(), u.displayName(), u.orgId(), u.phone(), u.email(), null,
                u.roleIds(), u.version()));
        return form(model, me, u);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        UserView u = users.get(id, me);
        try {
            users.update(id, form, me);
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:/admin/users/" + id;
        } catch (BusinessException e) {
            return failed(e, model, me, u, response);
        }
    }

    private String failed(BusinessException e, Model model, FazhiPrincipal me, UserView u, HttpServletResponse response) {
        FormErrors.rethrowIfNotInline(e);
        FormErrors.addTo(model, e);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm(u.username(), u.displayName(), u.orgId(), u.phone(), u.email(), null,
                    u.roleIds(), u.version()));
        }
        response.setStatus(400);
        return form(model, me, u);
    }

    @PostMapping("/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(required = false) List<Long> roleIds, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        UserView u = users.get(id, me);
        try {
            users.setRoles(id, roleIds == null ? List.of() : roleIds, me);
            redirect.addFlashAttribute("notice", "已保存角色");
            return "redirect:/admin/users/" + id;
        } catch (BusinessException e) {
            return failed(e, model, me, u, response);
        }
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return setEnabled(id, true, model, redirect, response);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return setEnabled(id, false, model, redirect, response);
    }

    private String setEnabled(long id, boolean enabled, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        UserView u = users.get(id, me);
        try {
            users.setEnabled(id, enabled, me);
            redirect.addFlashAttribute("notice", enabled ? "已启用" : "已停用");
            return "redirect:/admin/users/" + id;
        } catch (BusinessException e) {
            return failed(e, model, me, u, response);
        }
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String password, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        UserView u = users.get(id, me);
        try {
            users.resetPassword(id, password, me);
            redirect.addFlashAttribute("notice", "已重置密码,用户下次登录须修改");
            return "redirect:/admin/users/" + id;
        } catch (BusinessException e) {
            return failed(e, model, me, u, response);
        }
    }
}
