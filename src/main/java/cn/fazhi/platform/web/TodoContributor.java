package cn.fazhi.platform.web;

import cn.fazhi.platform.security.FazhiPrincipal;
import java.util.List;

/** A module that puts items in users' 待办 areas implements this as a Spring bean; the home page asks every one. */
public interface TodoContributor {
    List<TodoItem> todosFor(FazhiPrincipal user);
}
