package org.gongkai.catalogue.boundary;

import jakarta.annotation.PostConstruct;
import org.gongkai.platform.boundary.StartupLock;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.account.boundary.AccountBootstrap;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.catalogue.entity.CatalogueEntry;
import org.gongkai.catalogue.entity.CatalogueVersion;
import org.gongkai.catalogue.entity.EntryContent;
import org.gongkai.review.entity.Decision;
import org.gongkai.review.entity.ReviewDecision;
import org.gongkai.review.entity.ReviewSubmission;
import org.gongkai.review.entity.ReviewTask;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo mode only: a few realistic published entries and the demo organ's guide, so that a
 * newcomer sees a working portal. They pass the same publication gate as everything else: each
 * has an approved review task (decided by the system, recorded as demo data in the history).
 */
@Singleton
@Startup
@DependsOn("AccountBootstrap")
public class DemoCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CataloguePublication publication;

    @Inject
    @ConfigProperty(name = "gongkai.demo", defaultValue = "false")
    boolean demo;

    @Inject
    StartupLock startupLock;

    @PostConstruct
    void seed() {
        if (!demo) {
            return;
        }
        // nodes starting together: one seeds, the others wait and then find the entries
        startupLock.holdUntilCommit();
        // Only an empty catalogue gets the demo content; the question is asked in demo mode only.
        if (!demo || !em.createQuery("select e.id from CatalogueEntry e", Long.class).setMaxResults(1)
                .getResultList().isEmpty()) {
            return;
        }
        String organ = AccountBootstrap.DEMO_ORGAN;
        LocalDate today = LocalDate.now(clock);
        publish(organ, CatalogueEntry.GUIDE, new EntryContent("示范市人民政府办公室政府信息公开指南", null, today.minusDays(30),
                today.minusDays(30), "综合政务/政务公开", "其他", "有效", List.of("公开指南", "依申请公开"),
                "本指南说明本机关政府信息的分类、编排体系、获取方式和政府信息公开工作机构的联系方式。",
                """
                <h2>一、主动公开</h2><p>本机关主动公开的政府信息通过本平台“公开目录”发布，按主题分类、体裁、发布年份和有效性编排，可检索、查阅和下载。</p>
                <h2>二、依申请公开</h2><p>公民、法人或者其他组织可通过本平台在线提交申请，也可通过信函、传真或当面提交。本机关自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过20个工作日。</p>
                <h2>三、政府信息公开工作机构</h2><p>名称：示范市人民政府办公室政务公开科<br/>办公地址：示范市人民路1号<br/>办公时间：工作日上午9:00—12:00，下午13:30—17:00<br/>联系电话：0000-12345678　传真：0000-12345679</p>
                <h2>四、收费</h2><p>依照《政府信息公开信息处理费管理办法》，申请公开政府信息原则上不收费；申请数量、频次明显超过合理范围的，按规定收取信息处理费。</p>
                <h2>五、救济方式</h2><p>申请人认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>
                """, "主动公开", false));
        String[][] entries = {
                {"关于做好2026年义务教育阶段招生入学工作的通知", "示政办发〔2026〕3号", "科技、教育/教育", "通知",
                        "部署2026年全市义务教育阶段招生入学工作，明确招生范围、时间安排和工作要求。", "义务教育 招生 入学"},
                {"示范市2025年国民经济和社会发展统计公报", "", "国民经济管理、国有资产监管", "公报",
                        "发布2025年全市经济运行、社会事业和民生保障主要统计数据。", "统计 公报"},
                {"关于印发示范市政府信息公开工作要点的通知", "示政办发〔2026〕5号", "综合政务/政务公开", "通知",
                        "明确年度政府信息公开重点任务，推进决策、执行、管理、服务、结果公开。", "信息公开 政务公开"},
                {"示范市2026年市级部门预算公开说明", "", "财政、金融、审计/财政", "报告",
                        "公开2026年市级部门预算收支总体情况、“三公”经费预算和政府采购预算。", "预算 财政"},
                {"关于开展2026年春季植树造林活动的通告", "示政通〔2026〕1号", "城乡建设、环境保护/环境监测、保护与治理", "通告",
                        "号召全市机关、企事业单位和市民群众积极参加春季义务植树活动。", "植树 生态"},
                {"示范市突发公共卫生事件应急预案", "示政办发〔2025〕41号", "卫生、体育/卫生", "方案",
                        "规定突发公共卫生事件的分级、监测预警、应急处置和保障措施。", "应急 卫生"},
                {"关于进一步做好高校毕业生等青年就业创业工作的意见", "示政发〔2026〕2号", "劳动、人事、监察/就业", "意见",
                        "从拓宽就业渠道、支持创业、加强服务等方面促进青年就业创业。", "就业 创业 教育"},
                {"示范市最低生活保障标准调整公告", "", "民政、扶贫、救灾/社会救助", "公告",
                        "自2026年1月1日起调整城乡居民最低生活保障标准。", "低保 社会救助"},
        };
        for (String[] e : entries) {
            publish(organ, CatalogueEntry.ENTRY, new EntryContent(e[0], e[1].isEmpty() ? null : e[1], today.minusDays(20),
                    today.minusDays(18), e[2], e[3], "有效", List.of(e[5].split(" ")), e[4],
                    "<p>" + e[4] + "</p><p>各有关单位要高度重视，认真抓好贯彻落实。执行中遇到的问题，请及时向市人民政府办公室反映。</p>",
                    "主动公开", false));
        }
    }

    /** The 法定主动公开内容 column of each demo entry, by its title. */
    private static final java.util.Map<String, String> COLUMNS = java.util.Map.of(
            "关于做好2026年义务教育阶段招生入学工作的通知", "法规文件/规范性文件",
            "示范市2025年国民经济和社会发展统计公报", "统计信息/统计公报",
            "关于印发示范市政府信息公开工作要点的通知", "规划计划/工作计划",
            "示范市2026年市级部门预算公开说明", "财政预决算/部门预决算",
            "示范市突发公共卫生事件应急预案", "应急管理/应急预案",
            "关于进一步做好高校毕业生等青年就业创业工作的意见", "法规文件/规范性文件",
            "示范市最低生活保障标准调整公告", "公共服务/社会保障");

    private void publish(String organ, String kind, EntryContent content) {
        CatalogueEntry entry = new CatalogueEntry(organ, kind, "editor", clock.instant());
        em.persist(entry);
        em.flush();
        CatalogueVersion version = new CatalogueVersion(entry, 1, content, "editor", clock.instant());
        version.classify(COLUMNS.get(content.title()));
        em.persist(version);
        em.flush();
        em.refresh(version);
        version.markSubmitted();
        ReviewTask task = new ReviewTask(new ReviewSubmission(CataloguePublication.ITEM_TYPE, entry.id(), version.id(),
                organ, content.title(), version.contentHash(), CatalogueTexts.reviewText(version), false, "editor",
                version.contributorSet()), List.of("REVIEWER"), false, "[]", clock.instant());
        em.persist(task);
        em.flush();
        em.persist(new ReviewDecision(task, Decision.APPROVE, "演示数据（系统生成）", AuditLog.SYSTEM, clock.instant()));
        em.flush();
        task.approveStep(clock.instant());
        em.flush();
        publication.publish(entry, version, task.id(), version.contentHash(), AuditLog.SYSTEM);
    }
}
