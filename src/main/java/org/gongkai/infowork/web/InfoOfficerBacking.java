package org.gongkai.infowork.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.infowork.boundary.Commissions;
import org.gongkai.infowork.boundary.InfoCommands;
import org.gongkai.infowork.boundary.InfoItems;
import org.gongkai.infowork.boundary.InfoScores;
import org.gongkai.infowork.boundary.ScoreLedger;
import org.gongkai.infowork.entity.Instruction;
import org.gongkai.infowork.entity.ItemType;
import org.gongkai.infowork.entity.LedgerEntry;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The officer's workspace ({@code /staff/info/officer}): a new item, the unit's drafts, submitted,
 * returned (with reasons) and adopted items (and where), instructions awaiting feedback, open
 * commissions, and the unit's points with how each was earned.
 */
@Named
@ViewScoped
public class InfoOfficerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InfoItems items;

    @Inject
    transient Commissions commissions;

    @Inject
    transient ScoreLedger ledger;

    @Inject
    transient InfoScores scores;

    @Inject
    transient CurrentStaff currentStaff;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Clock clock;

    private String title;
    private String body;
    private String type = ItemType.DYNAMIC.name();
    private boolean negative;
    private Long commission;
    private List<String> jointOrgans = List.of();
    private final Map<Long, String> signers = new HashMap<>();
    private final Map<Long, String> feedback = new HashMap<>();
    private transient List<InfoItems.Row> rows;

    public String draft() {
        try {
            InfoCommands.Draft form = new InfoCommands.Draft();
            form.title = title;
            form.body = body;
            form.type = type;
            form.negative = negative;
            form.commission = commission;
            form.jointOrgans = jointOrgans;
            items.draft(form);
            title = null;
            body = null;
            negative = false;
            commission = null;
            jointOrgans = List.of();
            rows = null;
            FacesNotices.done(faces, "info.drafted");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public String submit(long id) {
        try {
            InfoCommands.Submit form = new InfoCommands.Submit();
            form.signer = signers.get(id);
            items.submit(id, form);
            rows = null;
            FacesNotices.done(faces, "info.submitted.done");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public String reportFeedback(Instruction instruction) {
        try {
            InfoCommands.Feedback form = new InfoCommands.Feedback();
            form.text = feedback.get(instruction.id());
            items.feedback(instruction.itemId(), instruction.id(), form);
            FacesNotices.done(faces, "info.feedbackReported");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public List<InfoItems.Row> getRows() {
        if (rows == null) {
            rows = items.list(null, null, null, null, 1, 200);
        }
        return rows;
    }

    public List<Instruction> getAwaiting() {
        return items.awaitingFeedback();
    }

    public boolean overdue(Instruction instruction) {
        return items.overdue(instruction);
    }

    public List<Commissions.Standing> getOpenCommissions() {
        return commissions.list(year()).stream()
                .filter(s -> s.answers().stream().anyMatch(a -> "OPEN".equals(a.status()))).toList();
    }

    public List<LedgerEntry> getLedger() {
        return ledger.ledgerOf(currentStaff.get().organ().code(), year());
    }

    public BigDecimal getPoints() {
        return getLedger().stream().map(LedgerEntry::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public InfoScores.Score getMyScore() {
        String own = currentStaff.get().organ().code();
        return scores.ranking(year(), null).stream().filter(s -> s.organCode().equals(own)).findFirst().orElse(null);
    }

    public List<ItemType> getTypes() {
        return List.of(ItemType.values());
    }

    private int year() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public boolean isNegative() {
        return negative;
    }

    public void setNegative(boolean negative) {
        this.negative = negative;
    }

    public Long getCommission() {
        return commission;
    }

    public void setCommission(Long commission) {
        this.commission = commission;
    }

    public List<String> getJointOrgans() {
        return jointOrgans;
    }

    public void setJointOrgans(List<String> jointOrgans) {
        this.jointOrgans = jointOrgans == null ? List.of() : jointOrgans;
    }

    public Map<Long, String> getSigners() {
        return signers;
    }

    public Map<Long, String> getFeedback() {
        return feedback;
    }
}
