package cn.fazhi.disputes.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.disputes.litigation.DisputesFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 管辖 (行政复议法(2023) 第二十四条至第二十八条, 第三十条): one test per rule. 示范市人民政府 hears cases against its departments
 * and their dispatched offices, its 街道 and the next-lower government; not against a lower government's department
 * (第二十四条), nor against a vertically managed organ such as a tax bureau (第二十七条); it keeps cases against its own
 * 司法局 (第二十八条). Outside its jurisdiction acceptance is refused and the 不予受理 decision names the competent organ.
 */
@cn.fazhi.support.FazhiIntegrationTest
@Import(ReconFixture.class)
class ReconsiderationJurisdictionTests {

    @Autowired ReconFixture fx;
    @Autowired cn.fazhi.platform.org.OrgUnits orgUnits;
    @Autowired cn.fazhi.platform.security.AccountDirectory accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static final String RECEIVED = "2025-03-03";

    /** A new organisation under {@code parentId}; returns its id. */
    long unit(long parentId, String name, String kind) {
        return new DisputesFixtures(fx.jdbc, accounts).freshUnit(parentId, name, kind);
    }

    ReconsiderationCase against(long respondentId) {
        return fx.receive(LocalDate.parse(RECEIVED), String.valueOf(respondentId));
    }

    ReconsiderationCase accept(ReconsiderationCase c) {
        return fx.run(c, "accept", "acceptedOn", "2025-03-04", "procedure", "ORDINARY");
    }

    String lastTimelineEntry(ReconsiderationCase c) {
        var tl = fx.service.store().timeline(c);
        return tl.get(tl.size() - 1).detail() + " | " + tl.get(tl.size() - 1).basis();
    }

    @Test
    void article24AWorkingDepartmentOfTheCityIsHeardByTheCity() {
        ReconsiderationCase c = accept(against(fx.orgId("GAJ")));
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(lastTimelineEntry(c)).contains("属于示范市人民政府管辖").contains("第二十四条");
    }

    @Test
    void article24ADispatchedOfficeOfADepartmentSuchAsAPoliceStationIsHeardByTheGovernmentOfThatDepartment() {
        long station = unit(fx.orgId("GAJ"), "市公安局东城派出所", "OFFICE");
        ReconsiderationCase c = accept(against(station));
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
    }

    @Test
    void article24TheNextLowerGovernmentIsHeardButNotItsDepartmentsWhichGoToIt() {
        long district = unit(fx.orgId("CITY"), "东城区人民政府", "GOVERNMENT");
        long districtBureau = unit(district, "东城区市场监督管理局", "DEPARTMENT");
        assertThat(accept(against(district)).state()).isEqualTo(CaseState.ACCEPTED);

        ReconsiderationCase c = against(districtBureau);
        assertThatThrownBy(() -> accept(c)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("的行政复议机关是东城区人民政府").hasMessageContaining("本机关无管辖权")
                .hasMessageContaining("第二十四条");
        assertThat(fx.service.get(c.id(), fx.signIn("sfj")).state()).isEqualTo(CaseState.RECEIVED);
        // the 不予受理 decision tells the applicant the competent organ (第三十条), even without a reason typed
        ReconsiderationCase r = fx.run(c, "reject", "on", "2025-03-04");
        assertThat(r.state()).isEqualTo(CaseState.NOT_ACCEPTED);
        assertThat(r.notAcceptedReason()).contains("告知申请人向东城区人民政府").contains("申请行政复议").contains("第三十条");
    }

    @Test
    void article27AVerticallyManagedOrganGoesToItsNextHigherDepartmentEvenInsideTheCitysTree() {
        long tax = unit(fx.orgId("CITY"), "国家税务总局示范市税务局", "DEPARTMENT");
        ReconsiderationCase c = against(tax);
        assertThatThrownBy(() -> accept(c)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("实行垂直领导").hasMessageContaining("第二十七条")
                .hasMessageContaining("上一级主管部门");
        ReconsiderationCase r = fx.run(c, "reject", "on", "2025-03-04", "reason", "被申请人为税务机关");
        assertThat(r.notAcceptedReason()).startsWith("被申请人为税务机关;").contains("上一级主管部门申请行政复议");
        long customs = unit(fx.orgId("CITY"), "示范海关", "DEPARTMENT");
        assertThat(Jurisdiction.verticallyManaged(orgUnit(customs))).isTrue();
        assertThat(Jurisdiction.verticallyManaged(orgUnit(fx.orgId("GAJ")))).isFalse();
    }

    @Test
    void article28TheJusticeBureauActingAsTheOfficeMayBeChallengedBeforeTheCity() {
        ReconsiderationCase c = accept(against(fx.orgId("SFJ")));
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(lastTimelineEntry(c)).contains("司法行政部门").contains("第二十八条");
    }

    @Test
    void theCityGovernmentItselfIsNotHeardByTheCity() {
        ReconsiderationCase c = against(fx.orgId("CITY"));
        assertThatThrownBy(() -> accept(c)).isInstanceOf(BusinessException.class).hasMessageContaining("本机关无管辖权");
    }

    cn.fazhi.platform.org.OrgUnit orgUnit(long id) {
        return orgUnits.find(id).orElseThrow();
    }
}
