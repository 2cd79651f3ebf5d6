package org.gongkai.search.control;

import org.gongkai.search.entity.SearchDocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Realistic catalogue entries of two demo organs, and the truth about which contain what. */
final class CatalogueFixture {

    static final String OFFICE = "000014349";
    static final String EDUCATION = "000014350";

    static final SearchDocument ENROLMENT = new SearchDocument(1, "000014350/2026-00003",
            "关于做好2026年义务教育阶段招生入学工作的通知", "示教发〔2026〕3号", List.of("义务教育", "招生入学"),
            "部署2026年全市义务教育阶段学校招生入学工作，明确免试就近入学和信息公开要求。",
            "各区县教育局，各直属学校：为做好2026年义务教育阶段招生入学工作，现就有关事项通知如下。"
                    + "一、坚持免试就近入学，严禁以任何形式的考试、测评选拔学生。"
                    + "二、各区县要在4月底前将学区划分、招生计划、报名条件等事项向社会信息公开，接受群众监督。"
                    + "三、进城务工人员随迁子女入学按照居住证管理有关规定执行。",
            EDUCATION, "示范市教育局", "科技、教育/教育", "通知", 2026, "有效",
            LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 10));

    static final SearchDocument WORK_POINTS = new SearchDocument(2, "000014349/2025-00012",
            "示范市人民政府办公室关于印发《2025年示范市政务公开工作要点》的通知", "湘政办发〔2025〕12号",
            List.of("政务公开", "工作要点"),
            "印发本市2025年政务公开工作要点，部署政策解读、政务信息公开和政务服务公开等重点任务。",
            "各区县人民政府，市直各单位：《2025年示范市政务公开工作要点》已经市人民政府同意，现印发给你们，"
                    + "请认真贯彻执行。各单位要加强政策解读，及时回应社会关切，推进决策公开、执行公开、管理公开、"
                    + "服务公开、结果公开。",
            OFFICE, "示范市人民政府办公室", "综合政务/政务公开", "通知", 2025, "有效",
            LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 20));

    /** Contains 信息 and 公开, never next to each other. */
    static final SearchDocument INSURANCE = new SearchDocument(3, "000014349/2025-00031",
            "关于调整城乡居民基本医疗保险个人缴费标准的公告", "示医保发〔2025〕7号", List.of("医疗保险", "缴费标准"),
            "2025年度城乡居民基本医疗保险个人缴费标准调整为每人每年400元。",
            "根据国家和省有关规定，经市人民政府同意，现将城乡居民基本医疗保险个人缴费标准调整如下。"
                    + "参保人员可通过税务部门线上渠道缴费，缴费信息可在医保服务大厅查询。"
                    + "本公告自发布之日起施行，缴费标准向社会公开。",
            OFFICE, "示范市人民政府办公室", "卫生、体育/医疗保障", "公告", 2025, "失效",
            LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 3));

    static final SearchDocument ANNUAL_REPORT = new SearchDocument(4, "000014350/2026-00001",
            "示范市教育局2025年政府信息公开工作年度报告", null, List.of("年度报告", "政府信息公开"),
            "本报告根据《中华人民共和国政府信息公开条例》要求编制，介绍2025年度本局政府信息公开工作情况。",
            "一、总体情况。2025年，市教育局认真贯彻落实政府信息公开条例，主动公开各类信息1260条。"
                    + "二、依申请公开情况。全年共收到政府信息公开申请36件，均在法定期限内答复。"
                    + "三、存在的主要问题及改进情况。部分栏目更新不够及时，下一步将加强教育领域信息发布。",
            EDUCATION, "示范市教育局", "科技、教育/教育", "报告", 2026, "有效",
            LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 20));

    /** 教育 only in the body, and the newest of all. */
    static final SearchDocument TUTORING = new SearchDocument(5, "000014350/2026-00004",
            "关于进一步加强校外培训机构监管的意见", "示教发〔2026〕5号", List.of("校外培训", "监管"),
            "从审批登记、收费管理、日常监管等方面加强校外培训机构监管。",
            "为深入贯彻落实减轻义务阶段学生作业负担和校外培训负担的要求，切实规范校外培训行为，"
                    + "现提出以下意见。一、严格审批登记。二、加强预收费监管，防范卷钱跑路风险。"
                    + "三、各部门要协同配合，形成家校社协同育人合力，促进学生全面发展和健康成长，"
                    + "构建良好教育生态。",
            EDUCATION, "示范市教育局", "科技、教育/教育", "意见", 2026, "有效",
            LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 12));

    static final SearchDocument SAFETY = new SearchDocument(6, "000014349/2024-00088",
            "关于印发示范市安全生产专项整治三年行动实施方案的通知", "示政办发〔2024〕30号", List.of("安全生产", "专项整治"),
            "部署全市安全生产专项整治三年行动，明确重点任务和职责分工。",
            "各区县人民政府，市直各单位：《示范市安全生产专项整治三年行动实施方案》已经市人民政府同意，"
                    + "现印发给你们，请结合实际认真组织实施。本方案自印发之日起废止原有方案。",
            OFFICE, "示范市人民政府办公室", "市场监管、安全生产监管/安全生产", "通知", 2024, "废止",
            LocalDate.of(2024, 5, 8), LocalDate.of(2024, 5, 10));

    /** Text that must come out escaped. */
    static final SearchDocument FEES = new SearchDocument(7, "000014350/2025-00020",
            "关于<script>alert('x')</script>教育收费项目和标准的公示", "示教发〔2025〕20号", List.of("教育收费"),
            "公示2025年秋季学期公办学校教育收费项目 & 标准。",
            "根据有关规定，现将公办学校教育收费项目和标准予以公示，公示期为5个工作日。"
                    + "如有异议，请在公示期内向市教育局反映，电话12345。",
            EDUCATION, "示范市教育局", "科技、教育/教育", "公告", 2025, "有效",
            LocalDate.of(2025, 8, 25), LocalDate.of(2025, 8, 28));

    /** Quotes 湘政办发〔2025〕12号 in its body, with 文件 after it. */
    static final SearchDocument DISCLOSURE_PLAN = new SearchDocument(8, "000014349/2026-00002",
            "示范市2026年政务公开重点工作任务分工方案", null, List.of(),
            null,
            "根据湘政办发〔2025〕12号文件精神，结合本市实际，制定本方案。"
                    + "一、加强政策发布解读。二、深化重点领域信息公开。三、提升政务公开平台建设水平。",
            OFFICE, "示范市人民政府办公室", "综合政务", "函", 2026, "有效",
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8));

    static final List<SearchDocument> ALL = List.of(ENROLMENT, WORK_POINTS, INSURANCE, ANNUAL_REPORT, TUTORING,
            SAFETY, FEES, DISCLOSURE_PLAN);

    private CatalogueFixture() {
    }

    /** The ids of the entries whose title, number, keywords, summary or body contain every word. */
    static Set<Long> containing(String... words) {
        return ids(entry -> {
            for (String word : words) {
                if (!text(entry).contains(word)) {
                    return false;
                }
            }
            return true;
        });
    }

    static Set<Long> ids(Predicate<SearchDocument> which) {
        Set<Long> ids = new TreeSet<>();
        ALL.stream().filter(which).forEach(entry -> ids.add(entry.entryId()));
        return ids;
    }

    /** Separated as the index keeps them: no word spans two of them. */
    static String text(SearchDocument entry) {
        return String.join("\n", entry.title(), String.valueOf(entry.docNo()), String.join("\n", entry.keywords()),
                String.valueOf(entry.summary()), String.valueOf(entry.body()));
    }
}
