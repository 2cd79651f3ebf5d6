package org.gongkai.infowork.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.infowork.boundary.InfoCommands;
import org.gongkai.infowork.boundary.InfoItems;
import org.gongkai.infowork.boundary.InfoPublications;
import org.gongkai.infowork.boundary.InfoScores;
import org.gongkai.infowork.entity.InfoItem;
import org.gongkai.infowork.entity.ItemStatus;
import org.gongkai.infowork.entity.Publication;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's workspace ({@code /staff/info/editor}): the incoming items of every unit, the
 * officer's text beside the editable adopted text, adopt / return / decline; the issue composer
 * (adopted items of a publication, ordered by dragging); the ranking.
 */
@Named
@ViewScoped
public class InfoEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InfoItems items;

    @Inject
    transient InfoPublications publications;

    @Inject
    transient InfoScores scores;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Clock clock;

    private final Map<Long, String> titles = new HashMap<>();
    private final Map<Long, String> bodies = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> forms = new HashMap<>();
    private final Map<Long, String> targets = new HashMap<>();
    private String issuePublication;
    private List<String> issueItems = new ArrayList<>();
    private Long compiledIssue;
    private String compiledLabel;
    private transient List<InfoItems.Row> incoming;

    public List<InfoItems.Row> getIncoming() {
        if (incoming == null) {
            incoming = items.list(ItemStatus.SUBMITTED, null, null, null, 1, 200);
            for (InfoItems.Row row : incoming) {
                titles.putIfAbsent(row.item().id(), row.item().title());
                bodies.putIfAbsent(row.item().id(), row.item().body());
                forms.putIfAbsent(row.item().id(), "SINGLE");
            }
        }
        return incoming;
    }

    public String adopt(long id) {
        try {
            InfoCommands.Adopt form = new InfoCommands.Adopt();
            form.publication = targets.get(id);
            form.form = forms.get(id);
            form.title = titles.get(id);
            form.body = bodies.get(id);
            items.adopt(id, form);
            incoming = null;
            FacesNotices.done(faces, "info.adopted.done");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public String returnItem(long id) {
        try {
            InfoCommands.Reason form = new InfoCommands.Reason();
            form.reason = reasons.get(id);
            items.returnItem(id, form);
            incoming = null;
            FacesNotices.done(faces, "info.returned");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public String decline(long id) {
        try {
            InfoCommands.Reason form = new InfoCommands.Reason();
            form.reason = reasons.get(id);
            items.decline(id, form);
            incoming = null;
            FacesNotices.done(faces, "info.declined");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    /** Puts the publication's adopted items not yet in an issue into the composer. */
    public String loadComposer() {
        issueItems = new ArrayList<>();
        if (issuePublication != null) {
            for (InfoItems.Row row : items.list(ItemStatus.ADOPTED, null, null, null, 1, 200)) {
                if (issuePublication.equals(row.item().publicationCode())) {
                    issueItems.add(row.item().id() + "|" + row.item().adoptedTitle());
                }
            }
        }
        return null;
    }

    public String compile() {
        try {
            InfoCommands.IssueRecord form = new InfoCommands.IssueRecord();
            form.publication = issuePublication;
            form.items = issueItems.stream().map(value -> Long.valueOf(value.substring(0, value.indexOf('|')))).toList();
            InfoPublications.Compiled compiled = publications.compile(form);
            compiledIssue = compiled.issue().id();
            compiledLabel = compiled.publication().name() + " " + compiled.issue().year() + "年第" + compiled.issue().number() + "期";
            FacesNotices.done(faces, "info.compiled", compiledLabel);
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public List<Publication> getOwnPublications() {
        return publications.all().stream().filter(p -> !p.external()).toList();
    }

    public List<InfoScores.Score> getRanking() {
        return scores.ranking(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear(), null);
    }

    public String itemTitle(String value) {
        return value.substring(value.indexOf('|') + 1);
    }

    public String unitsOf(InfoItem item) {
        return String.join("、", item.organs());
    }

    public Map<Long, String> getTitles() {
        return titles;
    }

    public Map<Long, String> getBodies() {
        return bodies;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getForms() {
        return forms;
    }

    public Map<Long, String> getTargets() {
        return targets;
    }

    public String getIssuePublication() {
        return issuePublication;
    }

    public void setIssuePublication(String issuePublication) {
        this.issuePublication = issuePublication;
    }

    public List<String> getIssueItems() {
        return issueItems;
    }

    public void setIssueItems(List<String> issueItems) {
        this.issueItems = issueItems;
    }

    public Long getCompiledIssue() {
        return compiledIssue;
    }

    public String getCompiledLabel() {
        return compiledLabel;
    }
}
