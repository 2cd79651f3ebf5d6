package org.gongkai.search.benchmark;

import org.gongkai.search.entity.SearchDocument;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Synthetic but realistic catalogue entries of a prefecture-level city (示范市): 40 organs, the
 * gov.cn subject classes, the usual genres, titles of about 27 characters and bodies of about 580
 * built from the phrases of real notices, opinions and reports. About 40 % of the entries concern
 * education and contain 教育; the others never do. Entry {@code n} is the same on every run and
 * machine (it depends only on {@code n} and the seed), so entries can be made in parallel.
 *
 * <p>{@code main} writes them as CSV for PostgreSQL's {@code COPY … (format csv, header true)}:
 * see {@code benchmarks/search/README.md}.
 */
public final class CatalogueGenerator {

    public static final long SEED = 20260213L;
    public static final double EDUCATION_SHARE = 0.40;

    record Organ(String code, String name, String shortName, String domain) {
    }

    record Domain(String name, String subject, List<String> matters, List<String> tasks) {
    }

    // ---------------------------------------------------------------- vocabulary (no 教育 outside EDUCATION)

    static final Domain EDUCATION = new Domain("教育", "科技、教育/教育",
            List.of("义务教育阶段招生入学", "学前教育普惠发展", "职业教育产教融合", "中小学校安全管理", "校外培训机构监管",
                    "教师队伍建设", "学生资助", "高中阶段学校招生", "教育收费管理", "校园食品安全", "特殊教育提升",
                    "家庭教育指导服务", "学校体育美育工作", "教育督导评估"),
            List.of("推进义务教育优质均衡发展，扩大普惠性学前教育资源供给",
                    "各级教育行政部门要加强对学校招生、收费和办学行为的监督检查",
                    "落实教育经费投入责任，保障家庭经济困难学生顺利完成学业",
                    "坚持免试就近入学原则，严禁以任何形式的考试选拔学生",
                    "开展安全宣传教育活动，增强师生的安全意识和自救互救能力",
                    "加强教师培训和师德师风建设，提升教育教学质量",
                    "深化职业教育改革，推动学校与企业共建实训基地"));

    static final List<Domain> OTHER_DOMAINS = List.of(
            new Domain("卫生健康", "卫生、体育/卫生",
                    List.of("基层医疗卫生服务能力提升", "传染病防控", "公立医院综合改革", "家庭医生签约服务", "医疗机构监督检查",
                            "妇幼健康服务", "老年健康服务", "健康城市建设"),
                    List.of("完善分级诊疗制度，推动优质医疗资源扩容下沉", "加强公共卫生体系建设，提升突发事件应对能力",
                            "规范医疗机构执业行为，严厉打击欺诈骗保行为")),
            new Domain("医疗保障", "卫生、体育/医疗保障",
                    List.of("城乡居民基本医疗保险缴费", "医保基金监管", "医保支付方式改革", "异地就医直接结算", "药品集中带量采购"),
                    List.of("确保参保群众待遇不降低、保障水平稳步提高", "加强医保基金使用常态化监管，守好群众的看病钱")),
            new Domain("生态环境", "城乡建设、环境保护/环境保护",
                    List.of("大气污染防治", "水污染防治", "土壤污染风险管控", "建设项目环境影响评价", "排污许可管理",
                            "生态环境保护督察整改", "固体废物污染防治"),
                    List.of("深入打好蓝天、碧水、净土保卫战，持续改善生态环境质量", "严格落实生态环境保护责任制，依法查处环境违法行为",
                            "推动绿色低碳发展，加快产业结构和能源结构调整")),
            new Domain("住房城乡建设", "城乡建设、环境保护/城乡建设",
                    List.of("城镇老旧小区改造", "保障性租赁住房建设", "建筑施工安全生产", "物业服务管理", "房地产市场监管",
                            "城市更新行动", "住房公积金管理"),
                    List.of("加快城镇老旧小区改造，完善配套设施和公共服务", "规范房地产市场秩序，维护购房群众合法权益")),
            new Domain("交通运输", "工业、交通/交通",
                    List.of("农村公路建设养护", "道路运输安全", "城市公共交通发展", "交通运输行政执法", "公路工程质量监督",
                            "网络预约出租汽车管理"),
                    List.of("完善综合交通运输网络，提升群众出行便利度", "加强道路运输企业安全生产主体责任落实")),
            new Domain("农业农村", "农业、林业、水利/农业、畜牧业、渔业",
                    List.of("高标准农田建设", "粮食生产", "乡村振兴", "农村人居环境整治", "动物疫病防控", "农产品质量安全",
                            "农业社会化服务"),
                    List.of("全面推进乡村振兴，巩固拓展脱贫攻坚成果", "压实粮食安全党政同责，稳定粮食播种面积",
                            "持续改善农村人居环境，建设宜居宜业和美乡村")),
            new Domain("市场监管", "市场监管、安全生产监管/市场监管",
                    List.of("食品安全监督抽检", "特种设备安全监察", "价格监督检查", "知识产权保护", "广告监测", "计量监督管理",
                            "市场主体登记注册"),
                    List.of("持续优化营商环境，激发各类市场主体活力", "加强食品安全全链条监管，守护群众舌尖上的安全")),
            new Domain("应急管理", "市场监管、安全生产监管/安全生产监管",
                    List.of("安全生产专项整治", "防汛抗旱", "森林防灭火", "危险化学品安全", "自然灾害风险普查", "应急预案管理"),
                    List.of("坚持人民至上、生命至上，坚决防范遏制重特大事故", "压紧压实安全生产责任，深入开展隐患排查治理")),
            new Domain("财政", "财政、金融、审计/财政",
                    List.of("预算绩效管理", "政府采购", "财政资金直达", "地方政府专项债券", "部门预算公开", "国有资产管理"),
                    List.of("严格执行预算法，坚持过紧日子，优化财政支出结构", "加强财政资金监管，提高资金使用效益")),
            new Domain("税务", "财政、金融、审计/税务",
                    List.of("减税降费政策落实", "增值税留抵退税", "个人所得税汇算清缴", "税收征管改革", "纳税服务"),
                    List.of("不折不扣落实结构性减税降费政策，助力市场主体纾困发展", "深化税收征管改革，提升纳税缴费便利度")),
            new Domain("人力资源社会保障", "劳动、人事、监察/劳动就业",
                    List.of("稳就业促就业", "高校毕业生就业创业", "根治欠薪", "养老保险待遇调整", "职业技能培训", "事业单位公开招聘",
                            "工伤保险管理"),
                    List.of("落实就业优先政策，稳定和扩大就业岗位", "畅通农民工工资支付维权渠道，依法惩处恶意欠薪行为")),
            new Domain("民政", "民政、扶贫、救灾/民政",
                    List.of("最低生活保障", "养老服务体系建设", "社会组织管理", "婚姻登记服务", "殡葬改革", "儿童福利保障",
                            "社会救助"),
                    List.of("兜牢民生底线，确保困难群众基本生活得到保障", "发展普惠养老服务，推进居家社区机构养老协调发展")),
            new Domain("自然资源", "国土资源、能源/国土资源",
                    List.of("国土空间规划", "耕地保护", "不动产登记", "矿产资源管理", "土地征收", "地质灾害防治"),
                    List.of("严守耕地保护红线，坚决遏制耕地非农化", "深化不动产登记改革，实现一网通办")),
            new Domain("水利", "农业、林业、水利/水利",
                    List.of("河湖长制", "水资源管理", "农村供水保障", "水土保持", "水利工程建设"),
                    List.of("全面落实河湖长制，持续改善河湖面貌", "加强水资源刚性约束，推进节水型社会建设")),
            new Domain("政务公开", "综合政务/政务公开",
                    List.of("政务公开", "政府信息公开", "政策解读", "政务服务", "12345政务服务便民热线", "一网通办",
                            "政府网站管理"),
                    List.of("推进决策、执行、管理、服务、结果公开，提升政务公开质量", "加强政策解读和回应关切，增强政府公信力",
                            "深化政务服务改革，推动高效办成一件事")),
            new Domain("发展改革", "国民经济管理、国有资产监管/经济运行",
                    List.of("重大项目建设", "营商环境优化", "社会信用体系建设", "价格管理", "粮食和物资储备", "节能降耗"),
                    List.of("扎实推进重大项目建设，发挥有效投资关键作用", "完善社会信用体系，健全守信激励和失信惩戒机制")),
            new Domain("商务", "商贸、海关、旅游/商贸",
                    List.of("促进消费", "外贸稳增长", "招商引资", "电子商务发展", "成品油市场管理"),
                    List.of("释放消费潜力，培育壮大新型消费", "稳住外贸外资基本盘，优化招商引资服务")),
            new Domain("文化旅游", "文化、广电、新闻出版/文化",
                    List.of("公共文化服务", "文物保护", "旅游市场整治", "非物质文化遗产保护", "文化市场综合执法"),
                    List.of("完善公共文化服务体系，丰富群众精神文化生活", "加强文物安全管理，推动文物活化利用")),
            new Domain("公安司法", "公安、安全、司法/司法",
                    List.of("法治政府建设", "行政复议", "人民调解", "公共法律服务", "普法依法治理", "道路交通安全管理"),
                    List.of("坚持依法行政，严格规范公正文明执法", "加快建设法治政府，提升行政复议办案质量")),
            new Domain("科技工信", "工业、交通/工业",
                    List.of("科技创新平台建设", "高新技术企业认定", "中小企业发展", "工业稳增长", "数字经济发展", "制造业转型升级"),
                    List.of("强化企业科技创新主体地位，促进科技成果转化", "推动制造业高端化、智能化、绿色化发展")));

    static final List<String> GENERIC = List.of(
            "各单位要高度重视，切实加强组织领导，明确责任分工，确保各项任务落到实处",
            "要坚持问题导向和目标导向，聚焦群众反映强烈的突出问题，建立工作台账，实行销号管理",
            "对工作中发现的问题，要及时整改，整改情况按要求报送牵头部门",
            "市直有关部门要加强协调配合，形成工作合力，定期研究解决重大问题",
            "加强督促检查，将落实情况纳入年度绩效考核，对工作不力的单位予以通报",
            "各地要结合实际制定具体实施方案，细化工作措施，明确时间节点",
            "要加强宣传引导，通过政府网站、政务新媒体等渠道及时发布工作进展",
            "健全长效工作机制，完善相关制度，推动工作规范化、常态化",
            "坚持以人民为中心的发展思想，着力保障和改善民生",
            "严格落实中央八项规定精神，坚决反对形式主义、官僚主义",
            "依法依规严肃查处违法违规行为，并将查处结果向社会公开",
            "涉及群众切身利益的事项，要充分听取意见，依法履行公开征求意见程序",
            "各单位应主动公开本单位的工作动态和办事指南，接受社会监督",
            "加强数据共享和业务协同，推动更多事项网上办、掌上办、就近办",
            "建立健全风险防控机制，加强风险研判，做好应急处置准备",
            "统筹用好各类资金，加强资金监管，确保专款专用",
            "强化基层基础，加强队伍建设，提升履职能力和服务水平",
            "认真总结经验做法，及时推广典型案例，发挥示范引领作用",
            "严格执行请示报告制度，重大事项及时向市委、市政府报告",
            "牵头单位要会同有关部门建立工作专班，每月调度工作进展",
            "对群众投诉举报的问题线索，要建立台账，逐件核查处理，及时反馈办理结果",
            "充分发挥行业协会和社会组织作用，引导社会力量积极参与",
            "各区县要落实属地管理责任，配齐配强工作力量，保障必要的工作经费",
            "加强与周边城市的协作联动，推动区域政策协同和资源共享",
            "推行“双随机、一公开”监管，提高监管的公平性和有效性",
            "做好政策储备和预研工作，增强政策的前瞻性、针对性和协同性",
            "完善考核评价办法，把工作成效作为评先评优的重要依据",
            "深化“放管服”改革，进一步精简审批事项，压减办理时限",
            "持续推进“一件事一次办”，减少群众办事跑动次数",
            "严格落实安全保密规定，防止涉密信息和个人信息泄露",
            "加强专业人才培养和引进，打造高素质专业化干部队伍",
            "加大财政投入力度，积极争取上级资金支持，拓宽多元化投入渠道",
            "建立健全部门联席会议制度，研究解决跨部门、跨领域的重大问题",
            "鼓励基层大胆探索创新，形成一批可复制可推广的经验做法",
            "严肃工作纪律，对弄虚作假、敷衍塞责的，依规依纪追究责任",
            "开展“回头看”，巩固工作成果，防止问题反弹",
            "做好舆情监测和风险评估，妥善回应社会关切",
            "加强统计监测和分析研判，定期形成分析报告",
            "落实首问负责、限时办结和责任追究制度",
            "推广应用电子证照，实现更多证明材料免提交",
            "坚持节约集约利用资源，严格控制一般性支出",
            "加快补齐基础设施短板，提升城乡公共服务均等化水平",
            "强化科技支撑，推广应用新技术、新装备、新工艺",
            "切实维护群众合法权益，畅通诉求表达和权益保障渠道",
            "落实河长、林长、路长等工作责任，形成齐抓共管格局",
            "加强法规政策宣传解读，提高企业和群众的知晓度",
            "认真执行公平竞争审查制度，维护统一开放的市场秩序",
            "加强重要时段和重点部位的巡查检查，确保平稳有序",
            "完善突发事件信息报送机制，确保信息报送及时准确");

    static final List<String> DISCLOSURE = List.of(
            "加强重点领域信息公开，及时准确发布权威信息",
            "按照政府信息公开条例的规定，做好依申请公开工作",
            "本文件按主动公开方式在市人民政府门户网站发布");

    static final List<String> OPENINGS = List.of(
            "为深入贯彻落实党中央、国务院和省委、省政府决策部署，", "根据有关法律法规和政策规定，",
            "经市人民政府同意，", "为进一步规范和加强相关工作，", "按照省有关部门工作安排，",
            "为切实解决群众急难愁盼问题，");

    static final List<String> TITLE_VERBS = List.of("做好", "进一步加强", "深入开展", "切实做好", "加快推进", "进一步规范",
            "全面推进", "组织开展");
    static final List<String> DOCUMENTS = List.of("实施方案", "管理办法", "工作方案", "三年行动计划", "实施细则", "工作要点");
    static final List<String> GENRES = List.of("通知", "通知", "通知", "通知", "意见", "公告", "通告", "报告", "批复", "函",
            "决定", "纪要");
    static final List<String> VALIDITIES = List.of("有效", "有效", "有效", "有效", "有效", "有效", "有效", "有效", "失效",
            "失效", "有效", "有效", "有效", "有效", "有效", "有效", "有效", "有效", "废止", "失效");
    static final List<String> DISTRICTS = List.of("东城区", "西城区", "南湖区", "北山区", "高新区", "临江县", "青石县", "云溪县");

    static final List<Organ> ORGANS = organs();

    private static List<Organ> organs() {
        List<Organ> organs = new ArrayList<>();
        String[][] departments = {
                {"示范市人民政府办公室", "示政办", "政务公开"}, {"示范市发展和改革委员会", "示发改", "发展改革"},
                {"示范市教育局", "示教", "教育"}, {"示范市科学技术局", "示科", "科技工信"},
                {"示范市工业和信息化局", "示工信", "科技工信"}, {"示范市公安局", "示公", "公安司法"},
                {"示范市民政局", "示民", "民政"}, {"示范市司法局", "示司", "公安司法"}, {"示范市财政局", "示财", "财政"},
                {"示范市人力资源和社会保障局", "示人社", "人力资源社会保障"}, {"示范市自然资源和规划局", "示自然资源", "自然资源"},
                {"示范市生态环境局", "示环", "生态环境"}, {"示范市住房和城乡建设局", "示建", "住房城乡建设"},
                {"示范市交通运输局", "示交", "交通运输"}, {"示范市水利局", "示水", "水利"},
                {"示范市农业农村局", "示农", "农业农村"}, {"示范市商务局", "示商", "商务"},
                {"示范市文化广电旅游局", "示文旅", "文化旅游"}, {"示范市卫生健康委员会", "示卫健", "卫生健康"},
                {"示范市应急管理局", "示应急", "应急管理"}, {"示范市市场监督管理局", "示市监", "市场监管"},
                {"示范市医疗保障局", "示医保", "医疗保障"}, {"国家税务总局示范市税务局", "示税", "税务"},
                {"示范市数据局", "示数据", "政务公开"}};
        int serial = 14349;
        for (String[] department : departments) {
            organs.add(new Organ(String.format("0000%05d", serial++), department[0], department[1], department[2]));
        }
        for (String district : DISTRICTS) {
            organs.add(new Organ(String.format("0000%05d", serial++), "示范市" + district + "人民政府", "示" + district.charAt(0) + "政",
                    null));
            organs.add(new Organ(String.format("0000%05d", serial++), "示范市" + district + "人民政府办公室",
                    "示" + district.charAt(0) + "政办", "政务公开"));
        }
        return List.copyOf(organs);
    }

    private CatalogueGenerator() {
    }

    /** Entries {@code 1..count}, in that order; {@code parallel()} makes them on several threads. */
    public static Stream<SearchDocument> entries(long count) {
        return LongStream.rangeClosed(1, count).mapToObj(CatalogueGenerator::entry);
    }

    public static SearchDocument entry(long id) {
        SplittableRandom random = new SplittableRandom(SEED * 0x9E3779B97F4A7C15L + id);
        boolean education = random.nextDouble() < EDUCATION_SHARE;
        Organ organ;
        Domain domain;
        if (education) {
            // Education entries come mostly from the education bureau, some from governments and their offices.
            organ = random.nextInt(10) < 7 ? organNamed("示范市教育局") : pick(random, districtOrgans());
            domain = random.nextInt(10) < 6 ? EDUCATION : pick(random, OTHER_DOMAINS);
        } else {
            do {
                organ = pick(random, ORGANS);
            } while ("教育".equals(organ.domain()));
            domain = organ.domain() == null ? pick(random, OTHER_DOMAINS) : domainNamed(organ.domain());
        }
        int year = 2015 + random.nextInt(12);
        LocalDate written = LocalDate.of(year, 1, 1).plusDays(random.nextInt(year == 2026 ? 40 : 355));
        LocalDate published = written.plusDays(1 + random.nextInt(10));
        String genre = pick(random, GENRES);
        String matter = pick(random, domain.matters());
        String title = title(random, organ, domain, matter, genre, year);
        String docNo = genre.equals("纪要") || random.nextInt(10) == 0 ? null
                : organ.shortName() + (genre.equals("函") ? "函" : "发") + "〔" + year + "〕" + (1 + random.nextInt(120)) + "号";
        List<String> keywords = new ArrayList<>();
        keywords.add(matter);
        keywords.add(domain.name());
        if (random.nextBoolean()) {
            keywords.add(genre);
        }
        String summary = summary(random, domain, matter, year);
        String body = body(random, domain, matter, year, education);
        int serial = 1 + (int) (id % 99_999);
        String indexNo = organ.code() + "/" + year + "-" + String.format("%05d", serial);
        return new SearchDocument(id, indexNo, title, docNo, keywords, summary, body, organ.code(), organ.name(),
                domain.subject(), genre, year, pick(random, VALIDITIES), written, published);
    }

    private static String title(SplittableRandom random, Organ organ, Domain domain, String matter, String genre,
                                int year) {
        return switch (random.nextInt(6)) {
            case 0 -> "关于" + pick(random, TITLE_VERBS) + year + "年度全市" + matter + "相关工作的" + genre;
            case 1 -> "关于印发《示范市" + year + "年" + matter + pick(random, DOCUMENTS) + "》的通知";
            case 2 -> organ.name() + "关于" + pick(random, TITLE_VERBS) + matter + "工作的" + genre;
            case 3 -> "示范市人民政府关于" + year + "年度" + matter + "工作情况的" + ("报告".equals(genre) ? "报告" : "通报");
            case 4 -> organ.name() + "关于" + matter + "有关事项的" + genre;
            default -> "关于" + pick(random, TITLE_VERBS) + "全市" + domain.name() + "领域" + matter + "相关工作的" + genre;
        };
    }

    private static String summary(SplittableRandom random, Domain domain, String matter, int year) {
        return "部署" + year + "年" + matter + "工作，" + pick(random, domain.tasks()) + "。";
    }

    private static String body(SplittableRandom random, Domain domain, String matter, int year, boolean education) {
        StringBuilder body = new StringBuilder(700);
        body.append(pick(random, OPENINGS)).append("现就").append(year).append("年").append(matter)
                .append("工作有关事项通知如下。");
        if (education) {
            body.append(pick(random, EDUCATION.tasks().subList(0, 3))).append("。");
        }
        // Sentences of the domain first, then general ones, none twice; now and then a figure.
        List<String> sentences = new ArrayList<>(domain.tasks());
        shuffle(random, sentences);
        List<String> general = new ArrayList<>(GENERIC);
        if (random.nextInt(4) == 0) {
            general.add(pick(random, DISCLOSURE));
        }
        shuffle(random, general);
        sentences.addAll(general);
        String[] numbers = {"一", "二", "三", "四", "五", "六"};
        int section = 0;
        int next = 0;
        while (body.length() < 520) {
            if (random.nextInt(3) == 0 && section < numbers.length) {
                body.append(numbers[section++]).append("、");
            }
            if (random.nextInt(6) == 0 || next >= sentences.size()) {
                body.append(year).append("年，全市").append(pick(random, domain.matters())).append("累计完成投资")
                        .append(1 + random.nextInt(90)).append(".").append(random.nextInt(10)).append("亿元，同比增长")
                        .append(1 + random.nextInt(20)).append(".").append(random.nextInt(10)).append("%");
            } else {
                body.append(sentences.get(next++));
            }
            body.append(random.nextInt(4) == 0 ? "；" : "。");
        }
        body.append("各单位应于").append(1 + random.nextInt(12)).append("月").append(1 + random.nextInt(28))
                .append("日前将有关情况报送牵头部门，联系电话：0731-8").append(1000000 + random.nextInt(8999999)).append("。");
        return body.toString();
    }

    private static <T> void shuffle(SplittableRandom random, List<T> values) {
        for (int i = values.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = values.get(i);
            values.set(i, values.get(j));
            values.set(j, swap);
        }
    }

    private static List<Organ> districtOrgans() {
        return ORGANS.stream().filter(organ -> organ.name().contains("区") || organ.name().contains("县")).toList();
    }

    private static Organ organNamed(String name) {
        return ORGANS.stream().filter(organ -> organ.name().equals(name)).findFirst().orElseThrow();
    }

    private static Domain domainNamed(String name) {
        return OTHER_DOMAINS.stream().filter(domain -> domain.name().equals(name)).findFirst().orElseThrow();
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    // ---------------------------------------------------------------- CSV for PostgreSQL COPY

    static final String CSV_HEADER = "entry_id,index_no,title,doc_no,keywords,summary,body,organ_code,organ_name,"
            + "subject,genre,year,validity,written_on,published_on";

    /** One CSV line: fields quoted when needed; keywords as a PostgreSQL text[] literal; empty = NULL. */
    static String csv(SearchDocument entry) {
        StringBuilder line = new StringBuilder(1500);
        line.append(entry.entryId()).append(',');
        field(line, entry.indexNo()).append(',');
        field(line, entry.title()).append(',');
        field(line, entry.docNo()).append(',');
        StringBuilder array = new StringBuilder("{");
        for (String keyword : entry.keywords()) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append('"').append(keyword.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        field(line, array.append('}').toString()).append(',');
        field(line, entry.summary()).append(',');
        field(line, entry.body()).append(',');
        field(line, entry.organCode()).append(',');
        field(line, entry.organName()).append(',');
        field(line, entry.subject()).append(',');
        field(line, entry.genre()).append(',');
        line.append(entry.year()).append(',');
        field(line, entry.validity()).append(',');
        line.append(entry.writtenOn()).append(',');
        line.append(entry.publishedOn());
        return line.toString();
    }

    private static StringBuilder field(StringBuilder line, String value) {
        if (value == null) {
            return line;
        }
        return line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /**
     * {@code CatalogueGenerator COUNT FILE}: writes entries 1..COUNT to FILE (gzip-compressed when it
     * ends in {@code .gz}) and prints what they look like.
     */
    public static void main(String[] args) throws IOException {
        long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        Path file = Path.of(args.length > 1 ? args[1] : "catalogue-entries.csv.gz");
        long titleChars = 0;
        long bodyChars = 0;
        long education = 0;
        long started = System.nanoTime();
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
             Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            writer.write(CSV_HEADER);
            writer.write('\n');
            for (long id = 1; id <= count; id++) {
                SearchDocument entry = entry(id);
                titleChars += entry.title().length();
                bodyChars += entry.body().length();
                if (mentions(entry, "教育")) {
                    education++;
                }
                writer.write(csv(entry));
                writer.write('\n');
            }
        }
        Stats stats = new Stats(count, (double) titleChars / count, (double) bodyChars / count, (double) education / count);
        log(String.format("%,d entries in %s (%,d bytes) in %.1f s: title %.1f chars, body %.1f chars, 教育 in %.1f %%",
                count, file, Files.size(file), (System.nanoTime() - started) / 1e9, stats.titleChars(),
                stats.bodyChars(), 100 * stats.educationShare()));
    }

    record Stats(long count, double titleChars, double bodyChars, double educationShare) {
    }

    static boolean mentions(SearchDocument entry, String word) {
        return entry.title().contains(word) || (entry.docNo() != null && entry.docNo().contains(word))
                || entry.keywords().stream().anyMatch(keyword -> keyword.contains(word))
                || entry.summary().contains(word) || entry.body().contains(word);
    }

    @SuppressWarnings("java:S106") // a command-line tool reports on standard error
    static void log(String line) {
        System.err.println(line);
    }
}
