package cn.fazhi.platform.org;

import java.util.List;

/** One page of a list: items, the zero-based page number, the page size and the total number of items. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
