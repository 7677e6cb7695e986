package cn.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.util.UUID;

/** A hearing (开庭) at an instance and who appeared for the organ. */
public record Hearing(int seq, Instance instance, LocalDate heldOn, Appearance appearance, String headName,
        String headPost, String staffNames, Excuse excuse, String excuseNote, UUID proofAttachmentId) {
}
