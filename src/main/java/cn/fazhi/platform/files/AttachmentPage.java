package cn.fazhi.platform.files;

import java.util.List;

/** One page of attachments in the reader's scope, newest first; {@code page} counts from 0. */
public record AttachmentPage(List<AttachmentInfo> items, int page, int size, long total) {
    public AttachmentPage {
        items = List.copyOf(items);
    }
}
