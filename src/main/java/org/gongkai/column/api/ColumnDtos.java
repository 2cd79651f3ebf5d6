package org.gongkai.column.api;

import org.gongkai.column.boundary.SiteColumns;
import org.gongkai.column.boundary.SiteHealthReport;
import org.gongkai.column.control.SiteHealth;
import org.gongkai.column.entity.SiteColumn;

import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of columns, articles and site health. The public shapes name no editor. */
public final class ColumnDtos {

    private ColumnDtos() {
    }

    public record ColumnDto(String code, String name, String type, String typeName, String organ) {
        static ColumnDto of(SiteColumn c) {
            return new ColumnDto(c.code(), c.name(), c.type().name(), c.type().label(), c.organCode());
        }
    }

    /** The administrator's view of a column. */
    public record StaffColumnDto(String code, String name, String type, String organ, String editor,
                                 String backupEditor, int cycleDays, String contactEmail, String catalogueSubject,
                                 String catalogueGenre, LocalDate createdOn) {
        static StaffColumnDto of(SiteColumn c) {
            return new StaffColumnDto(c.code(), c.name(), c.type().name(), c.organCode(), c.editor(), c.backupEditor(),
                    c.cycleDays(), c.contactEmail(), c.catalogueSubject(), c.catalogueGenre(), c.createdOn());
        }
    }

    public record ArticleDto(long id, String column, String title, String body, String source, LocalDate publishedOn) {
        static ArticleDto of(SiteColumns.Published p) {
            return new ArticleDto(p.id(), p.columnCode(), p.title(), p.body(), p.source(), p.publishedOn());
        }
    }

    public record EntryDto(String indexNo, String title, LocalDate publishedOn) {
    }

    public record ColumnPageDto(ColumnDto column, String organName, long total, List<ArticleDto> articles,
                                List<EntryDto> entries) {
        static ColumnPageDto of(SiteColumns.ColumnPage page) {
            return new ColumnPageDto(ColumnDto.of(page.column()), page.organName(), page.total(),
                    page.articles().stream().map(ArticleDto::of).toList(),
                    page.entries().stream().map(e -> new EntryDto(e.indexNo(), e.title(), e.publishedOn())).toList());
        }
    }

    public record SubmittedDto(long id, String state, long reviewTaskId) {
        static SubmittedDto of(SiteColumns.Submitted s) {
            return new SubmittedDto(s.article().id(), s.article().state().name(), s.reviewTaskId());
        }
    }

    public record ColumnHealthDto(String code, String name, String type, String editor, String backupEditor,
                                  LocalDate lastPublishedOn, Integer idleDays, int cycleDays, String state) {
        static ColumnHealthDto of(SiteHealth.ColumnHealth h) {
            SiteHealth.ColumnFacts c = h.column();
            return new ColumnHealthDto(c.code(), c.name(), c.type().name(), c.editor(), c.backupEditor(),
                    c.lastPublishedOn(), h.idleDays(), c.cycleDays(), h.state().name());
        }
    }

    public record CheckDto(String check, String name, long count, long limit, boolean failing, long warnAt,
                           boolean warning) {
        static CheckDto of(SiteHealth.Check c) {
            return new CheckDto(c.check(), SiteHealth.label(c.check()), c.count(), c.limit(), c.failing(), c.warnAt(),
                    c.warning());
        }
    }

    public record HealthDto(LocalDate today, LocalDate homeLastUpdate, List<ColumnHealthDto> columns,
                            List<CheckDto> checks) {
        static HealthDto of(SiteHealthReport.Report r) {
            return new HealthDto(r.today(), r.homeLastUpdate(), r.columns().stream().map(ColumnHealthDto::of).toList(),
                    r.checks().stream().map(CheckDto::of).toList());
        }
    }
}
