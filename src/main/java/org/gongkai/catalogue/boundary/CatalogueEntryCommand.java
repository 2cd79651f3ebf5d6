package org.gongkai.catalogue.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A catalogue entry as an editor writes it (the HTTP interface's "Catalogue entry" shape). A class with constrained
 * fields, not a record: see {@code account/api/OrganCommand}.
 */
public class CatalogueEntryCommand {

    @NotBlank(message = "{gongkai.required}")
    @Size(max = 300, message = "{gongkai.size}")
    public String title;

    @Size(max = 100, message = "{gongkai.size}")
    public String docNo;

    public LocalDate writtenOn;

    @NotNull(message = "{gongkai.required}")
    public LocalDate formedOn;

    @NotBlank(message = "{gongkai.required}")
    @Size(max = 130, message = "{gongkai.size}")
    public String subject;

    /** The 法定主动公开内容 column, e.g. "法规文件/规范性文件"; null keeps the current one, "" clears it. */
    @Size(max = 100, message = "{gongkai.size}")
    public String statutoryColumn;

    @NotBlank(message = "{gongkai.required}")
    public String genre;

    @NotNull(message = "{gongkai.required}")
    @Pattern(regexp = "有效|失效|废止", message = "{gongkai.catalogue.validity}")
    public String validity;

    @Size(max = 20, message = "{gongkai.catalogue.keywords}")
    public List<@NotBlank(message = "{gongkai.required}") @Size(max = 30, message = "{gongkai.size}") String> keywords;

    @Size(max = 2000, message = "{gongkai.size}")
    public String summary;

    @Size(max = 500_000, message = "{gongkai.size}")
    public String body;

    @Pattern(regexp = "主动公开|依申请公开|不予公开", message = "{gongkai.catalogue.disclosureMode}")
    public String disclosureMode;

    /** The editor's own judgement that the item is sensitive: it then needs the three-step review. */
    public Boolean sensitive;
}
