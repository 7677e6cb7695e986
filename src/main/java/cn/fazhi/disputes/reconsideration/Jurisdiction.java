package cn.fazhi.disputes.reconsideration;

import cn.fazhi.platform.org.OrgKind;
import cn.fazhi.platform.org.OrgUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which reconsideration organ hears a case against a respondent (管辖, 行政复议法(2023) 第二十四条至第二十八条;
 * domain-rules §1.2), decided from the organisation tree:
 * <ul>
 * <li>第二十四条: a local people's government hears cases against its own working departments (and their dispatched
 * offices, e.g. a 公安派出所 under 市公安局), its dispatched organs (街道办事处), the next-lower government and the
 * organisations it or its departments manage: the competent organ is the nearest people's government above the
 * respondent in the tree (a department of a lower government goes to that lower government, not to us).</li>
 * <li>第二十七条: acts of vertically managed organs — 海关、金融、外汇管理等实行垂直领导的行政机关、税务和国家安全机关 —
 * go to their next-higher competent department, never to the local government, even when the organ sits in its
 * tree. The rule recognises them by name: an organisation whose full or short name contains one of
 * {@link #VERTICAL_MARKERS} (the names these organs carry by statute) is vertically managed.</li>
 * <li>第二十八条: the 司法行政部门 that performs the reconsideration office's duties may be challenged before the
 * government of its level or the next-higher 司法行政部门: the government keeps jurisdiction (the applicant chose it),
 * noted on acceptance.</li>
 * </ul>
 * Outside its jurisdiction the organ decides 不予受理 and tells the applicant the competent organ (第三十条).
 */
public record Jurisdiction(boolean covered, String basis, String competent, String note) {

    /** Names carried by vertically managed organs (第二十七条). */
    static final List<String> VERTICAL_MARKERS = List.of("海关", "税务", "国家安全", "外汇管理", "金融监督管理", "金融监管",
            "中国人民银行", "人民银行", "证券监督管理", "证监");

    /** Names of the 司法行政部门 (the office of a local government's reconsideration organ, 第四条、第二十八条). */
    static final List<String> JUSTICE_MARKERS = List.of("司法局", "司法厅", "司法行政");

    /** Whether the organisation is a vertically managed organ (第二十七条), by its full or short name. */
    public static boolean verticallyManaged(OrgUnit unit) {
        return VERTICAL_MARKERS.stream().anyMatch(m -> unit.name().contains(m)
                || (unit.shortName() != null && unit.shortName().contains(m)));
    }

    /**
     * The assessment for a case before {@code organ} against {@code respondent}; {@code find} looks an organisation up
     * by id (to walk up the tree).
     */
    public static Jurisdiction assess(OrgUnit organ, OrgUnit respondent, Function<Long, Optional<OrgUnit>> find) {
        if (verticallyManaged(respondent)) {
            return new Jurisdiction(false, "行政复议法(2023) 第二十七条", "“" + respondent.name() + "”的上一级主管部门",
                    "被申请人“" + respondent.name() + "”属于实行垂直领导的行政机关(海关、金融、外汇管理、税务、国家安全等),"
                            + "应向其上一级主管部门申请行政复议");
        }
        OrgUnit competent = governmentAbove(respondent, find).orElse(null);
        if (competent == null) {
            return new Jurisdiction(false, "行政复议法(2023) 第二十四条", "有管辖权的行政复议机关",
                    "被申请人“" + respondent.name() + "”不隶属于任何人民政府,本机关无管辖权");
        }
        if (competent.id() != organ.id()) {
            return new Jurisdiction(false, "行政复议法(2023) 第二十四条", competent.name(),
                    "被申请人“" + respondent.name() + "”的行政复议机关是" + competent.name() + ",不是" + organ.name());
        }
        if (JUSTICE_MARKERS.stream().anyMatch(m -> respondent.name().contains(m))) {
            return new Jurisdiction(true, "行政复议法(2023) 第二十八条", organ.name(),
                    "被申请人为履行行政复议机构职责的司法行政部门,申请人选择向本级人民政府申请(也可向上一级司法行政部门申请)");
        }
        return new Jurisdiction(true, "行政复议法(2023) 第二十四条", organ.name(),
                "被申请人“" + respondent.name() + "”属于" + organ.name() + "管辖");
    }

    /** The nearest people's government strictly above the unit: for a government, the next-higher one (第二十四条). */
    static Optional<OrgUnit> governmentAbove(OrgUnit unit, Function<Long, Optional<OrgUnit>> find) {
        Long parent = unit.parentId();
        while (parent != null) {
            OrgUnit p = find.apply(parent).orElse(null);
            if (p == null) {
                return Optional.empty();
            }
            if (p.kind() == OrgKind.GOVERNMENT) {
                return Optional.of(p);
            }
            parent = p.parentId();
        }
        return Optional.empty();
    }

    /** The sentence of a 不予受理 decision that tells the applicant where to apply (第三十条). */
    public String refusalNotice() {
        return note + ";依据" + basis + "、第三十条,本机关决定不予受理,并告知申请人向" + competent + "申请行政复议";
    }
}
