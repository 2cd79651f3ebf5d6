package org.gongkai.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Organ;
import org.gongkai.report.boundary.AnnualReports;
import org.gongkai.report.boundary.CaseCommand;
import org.gongkai.report.control.ReportHtml;
import org.gongkai.report.entity.AnnualReportData;
import org.gongkai.report.entity.CaseKind;
import org.gongkai.report.entity.CaseResult;
import org.gongkai.report.entity.LitigationCase;
import org.gongkai.report.entity.ReportTexts;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The annual report page ({@code /staff/annual-report?year=2025&organ=}): the report laid out like
 * the published ones, the reconciliation with the requests behind each mismatch, the downloads,
 * the officers' texts and figures (with drafts), the cases of section 四, and the submission to
 * the confidentiality review.
 */
@Named
@ViewScoped
public class AnnualReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AnnualReports reports;

    @Inject
    transient Organs organs;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Clock clock;

    private Integer year;
    private String organ;
    private transient AnnualReportData data;

    private String overview;
    private String problems;
    private String otherMatters;
    private long licensing;
    private long penalties;
    private long enforcement;
    private BigDecimal feesWan = BigDecimal.ZERO;
    private boolean textsLoaded;

    private String caseRequest;
    private CaseKind caseKind = CaseKind.RECONSIDERATION;
    private LocalDate caseFiledOn;
    private CaseResult caseResult = CaseResult.PENDING;
    private LocalDate caseDecidedOn;

    public void open() {
        if (year == null) {
            year = LocalDate.now(clock).getYear() - 1;
        }
        if (!textsLoaded) {
            textsLoaded = true;
            try {
                ReportTexts texts = reports.texts(year, organ);
                overview = texts.overview();
                problems = texts.problems();
                otherMatters = texts.otherMatters();
                licensing = texts.licensing();
                penalties = texts.penalties();
                enforcement = texts.enforcement();
                feesWan = texts.feesWan();
            } catch (RuntimeException e) {
                if (!FacesErrors.show(faces, e)) {
                    throw e;
                }
            }
        }
    }

    public AnnualReportData getData() {
        if (data == null) {
            data = reports.generate(year, organ);
        }
        return data;
    }

    public String getHtml() {
        return ReportHtml.fragment(getData());
    }

    public String getState() {
        return reports.state(year, organ);
    }

    public boolean isOwnOrgan() {
        return organ == null || organ.isBlank();
    }

    public boolean isSubmittable() {
        return isOwnOrgan() && year < LocalDate.now(clock).getYear();
    }

    public List<Organ> getOrgans() {
        return organs.all();
    }

    public List<LitigationCase> getCases() {
        return reports.casesOf(year, organ);
    }

    public List<Integer> getYears() {
        int current = LocalDate.now(clock).getYear();
        return java.util.stream.IntStream.rangeClosed(current - 5, current).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public String query() {
        return "year=" + year + (organ == null || organ.isBlank() ? "" : "&organ=" + organ);
    }

    public void useDrafts() {
        try {
            Map<String, String> drafts = reports.drafts(year, organ);
            overview = drafts.get("一");
            problems = drafts.get("五");
            otherMatters = drafts.get("六");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
    }

    public void save() {
        try {
            reports.saveTexts(year, new ReportTexts(overview, problems, otherMatters, licensing, penalties, enforcement,
                    feesWan == null ? BigDecimal.ZERO : feesWan));
            data = null;
            FacesNotices.done(faces, "report.staff.saved");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
    }

    public void recordCase() {
        try {
            CaseCommand command = new CaseCommand();
            command.request = caseRequest == null ? null : caseRequest.strip();
            command.kind = caseKind;
            command.filedOn = caseFiledOn;
            command.result = caseResult;
            command.decidedOn = caseDecidedOn;
            reports.recordCase(command);
            data = null;
            caseRequest = null;
            caseFiledOn = null;
            caseDecidedOn = null;
            FacesNotices.done(faces, "report.staff.case.recorded");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
    }

    public void submit() {
        try {
            reports.submit(year);
            FacesNotices.done(faces, "report.staff.submitted");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
    }

    public CaseKind[] getCaseKinds() {
        return CaseKind.values();
    }

    public CaseResult[] getCaseResults() {
        return CaseResult.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getOrgan() {
        return organ;
    }

    public void setOrgan(String organ) {
        this.organ = organ;
    }

    public String getOverview() {
        return overview;
    }

    public void setOverview(String overview) {
        this.overview = overview;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getOtherMatters() {
        return otherMatters;
    }

    public void setOtherMatters(String otherMatters) {
        this.otherMatters = otherMatters;
    }

    public long getLicensing() {
        return licensing;
    }

    public void setLicensing(long licensing) {
        this.licensing = licensing;
    }

    public long getPenalties() {
        return penalties;
    }

    public void setPenalties(long penalties) {
        this.penalties = penalties;
    }

    public long getEnforcement() {
        return enforcement;
    }

    public void setEnforcement(long enforcement) {
        this.enforcement = enforcement;
    }

    public BigDecimal getFeesWan() {
        return feesWan;
    }

    public void setFeesWan(BigDecimal feesWan) {
        this.feesWan = feesWan;
    }

    public String getCaseRequest() {
        return caseRequest;
    }

    public void setCaseRequest(String caseRequest) {
        this.caseRequest = caseRequest;
    }

    public CaseKind getCaseKind() {
        return caseKind;
    }

    public void setCaseKind(CaseKind caseKind) {
        this.caseKind = caseKind;
    }

    public LocalDate getCaseFiledOn() {
        return caseFiledOn;
    }

    public void setCaseFiledOn(LocalDate caseFiledOn) {
        this.caseFiledOn = caseFiledOn;
    }

    public CaseResult getCaseResult() {
        return caseResult;
    }

    public void setCaseResult(CaseResult caseResult) {
        this.caseResult = caseResult;
    }

    public LocalDate getCaseDecidedOn() {
        return caseDecidedOn;
    }

    public void setCaseDecidedOn(LocalDate caseDecidedOn) {
        this.caseDecidedOn = caseDecidedOn;
    }
}
