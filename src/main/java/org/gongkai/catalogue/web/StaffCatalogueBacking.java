package org.gongkai.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.catalogue.api.StaffEntryDto;
import org.gongkai.catalogue.boundary.CatalogueEditing;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.catalogue.entity.CatalogueEntry;
import org.gongkai.catalogue.entity.CatalogueVersion;

import java.util.List;

/** The editors' list of their organ's catalogue entries. */
@Named
@RequestScoped
public class StaffCatalogueBacking {

    /** One line of the list. */
    public record Line(long id, String title, int version, String status, String indexNo,
                       java.time.Instant updatedAt, Deadline deadline) {
    }

    @Inject
    CatalogueEditing editing;

    private List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            lines = editing.page(0, 200).stream().map(row -> {
                CatalogueEntry entry = (CatalogueEntry) row[0];
                CatalogueVersion working = (CatalogueVersion) row[1];
                return new Line(entry.id(), working.title(), working.number(), StaffEntryDto.statusOf(entry, working),
                        entry.indexNo(), working.updatedAt(), editing.deadlineOf(working));
            }).toList();
        }
        return lines;
    }
}
