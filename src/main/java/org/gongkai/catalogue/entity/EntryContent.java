package org.gongkai.catalogue.entity;

import java.time.LocalDate;
import java.util.List;

/** The content of a catalogue entry version, as editors write it (body already cleaned HTML). */
public record EntryContent(String title, String docNo, LocalDate writtenOn, LocalDate formedOn, String subject,
                           String genre, String validity, List<String> keywords, String summary, String body,
                           String disclosureMode, boolean sensitive) {
}
