package org.gongkai.request.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.entity.Role;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.request.boundary.RequestQueue;
import org.gongkai.request.entity.RequestStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The officers' queue ({@code /staff/requests}): the organ's requests with working days left, due
 * soon and overdue marked, filters and search; the warnings of the daily job; for leaders, the
 * extensions waiting for them.
 */
@Named
@ViewScoped
public class StaffRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestQueue queue;

    @Inject
    transient CurrentStaff currentStaff;

    @Inject
    transient FacesContext faces;

    private String status;
    private String due;
    private String q;
    private transient Queue rows;
    private transient List<RequestQueue.Warning> warnings;
    private transient List<RequestQueue.Row> extensions;

    public void search() {
        rows = null;
        warnings = null;
        extensions = null;
    }

    /** The queue, one page at a time from the database: the table asks for the page it shows. */
    public LazyDataModel<RequestQueue.Row> getRows() {
        if (rows == null) {
            RequestStatus wanted = status == null || status.isBlank() ? null : RequestStatus.valueOf(status);
            Boolean overdue = "OVERDUE".equals(due) ? Boolean.TRUE : null;
            Boolean soon = "SOON".equals(due) ? Boolean.TRUE : null;
            rows = new Queue(new RequestQueue.Filter(wanted, overdue, null, soon, q));
        }
        return rows;
    }

    /** The organ's queue under one filter, paged by the database. */
    private final class Queue extends LazyDataModel<RequestQueue.Row> {

        private static final long serialVersionUID = 1L;

        private final RequestQueue.Filter filter;

        Queue(RequestQueue.Filter filter) {
            this.filter = filter;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return currentStaff.hasRole(Role.OFFICER) ? (int) Math.min(Integer.MAX_VALUE, queue.count(filter)) : 0;
        }

        @Override
        public List<RequestQueue.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            if (!currentStaff.hasRole(Role.OFFICER)) {
                return List.of();
            }
            int size = Math.max(1, Math.min(pageSize, RequestQueue.MAX_PAGE_SIZE));
            RequestQueue.Page page = queue.queue(filter, first / size + 1, size);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.rows();
        }

        @Override
        public String getRowKey(RequestQueue.Row row) {
            return row.request().trackingCode();
        }

        @Override
        public RequestQueue.Row getRowData(String rowKey) {
            return null; // rows are not selected
        }
    }

    public List<RequestQueue.Warning> getWarnings() {
        if (warnings == null) {
            warnings = currentStaff.hasRole(Role.OFFICER) || currentStaff.hasRole(Role.LEADER)
                    ? queue.warnings() : List.of();
        }
        return warnings;
    }

    public List<RequestQueue.Row> getExtensions() {
        if (extensions == null) {
            extensions = currentStaff.hasRole(Role.LEADER) ? queue.extensionsToDecide() : List.of();
        }
        return extensions;
    }

    public boolean isOfficer() {
        return currentStaff.hasRole(Role.OFFICER);
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    /** The row's style: overdue, due soon or paused. */
    public String rowClass(RequestQueue.Row row) {
        if (row.deadline() == null) {
            return "";
        }
        if (row.deadline().overdue()) {
            return "gk-overdue";
        }
        return row.dueSoon() ? "gk-due-soon" : "";
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
