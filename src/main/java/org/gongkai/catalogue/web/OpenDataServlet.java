package org.gongkai.catalogue.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.platform.web.PublicUrl;
import org.gongkai.catalogue.boundary.CataloguePublic.Published;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalogue's metadata as open data: {@code /open-data/catalogue.csv} (UTF-8 with BOM, so
 * that spreadsheet programs read the Chinese) and {@code /open-data/catalogue.json}; published
 * entries only, read in chunks.
 */
@WebServlet({"/open-data/catalogue.csv", "/open-data/catalogue.json"})
public class OpenDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int CHUNK = 1000;
    private static final String[] COLUMNS = {"索引号", "标题", "发布机构", "机关代码", "文号", "成文日期", "发布日期",
            "主题分类", "体裁", "有效性", "关键词", "内容概述", "网址"};

    @Inject
    CataloguePublic catalogue;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = publicUrl.base() + "/catalogue/"; // configured, never the Host header
        if (request.getServletPath().endsWith(".csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"catalogue.csv\"");
            Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).build())) {
                forEachChunk(chunk -> {
                    for (Published item : chunk) {
                        var v = item.version();
                        csv.printRecord(item.entry().indexNo(), v.title(), item.organName(), item.entry().organCode(),
                                v.docNo(), date(v.writtenOn()), date(item.entry().publishedOn()), v.subject(),
                                v.genre(), v.validity(), String.join(";", v.keywordList()), v.summary(),
                                base + item.entry().indexNo());
                    }
                });
            }
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"catalogue.json\"");
        try (JsonGenerator json = Json.createGenerator(response.getOutputStream())) {
            json.writeStartArray();
            forEachChunk(chunk -> {
                for (Published item : chunk) {
                    var v = item.version();
                    json.writeStartObject()
                            .write("indexNo", item.entry().indexNo())
                            .write("title", v.title())
                            .writeStartObject("organ").write("code", item.entry().organCode())
                            .write("name", item.organName()).writeEnd()
                            .write("docNo", v.docNo() == null ? "" : v.docNo())
                            .write("writtenOn", date(v.writtenOn()))
                            .write("publishedOn", date(item.entry().publishedOn()))
                            .write("subject", v.subject())
                            .write("genre", v.genre())
                            .write("validity", v.validity())
                            .write("summary", v.summary())
                            .write("url", base + item.entry().indexNo());
                    json.writeStartArray("keywords");
                    v.keywordList().forEach(json::write);
                    json.writeEnd().writeEnd();
                }
            });
            json.writeEnd();
        }
    }

    private interface ChunkHandler {
        void handle(List<Published> chunk) throws IOException;
    }

    private void forEachChunk(ChunkHandler handler) throws IOException {
        long lastId = 0;
        List<Published> chunk;
        do {
            chunk = catalogue.publishedAfter(lastId, CHUNK);
            handler.handle(chunk);
            if (!chunk.isEmpty()) {
                lastId = chunk.get(chunk.size() - 1).entry().id();
            }
        } while (chunk.size() == CHUNK);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
