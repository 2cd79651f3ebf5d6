package org.gongkai.catalogue.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.platform.web.PublicUrl;
import org.gongkai.catalogue.boundary.CataloguePublic.Published;
import org.gongkai.platform.control.ClockProducer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code /feeds/catalogue.atom}: the 50 newest published entries as an Atom feed (RFC 4287). */
@WebServlet("/feeds/catalogue.atom")
public class CatalogueFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    CataloguePublic catalogue;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Published> latest = catalogue.latest(50);
        String base = publicUrl.base(); // configured, never the Host header
        response.setContentType("application/atom+xml;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "zh-CN");
            element(xml, "title", "政府信息公开目录：最新公开信息");
            element(xml, "id", base + "/feeds/catalogue.atom");
            link(xml, base + "/feeds/catalogue.atom", "self");
            link(xml, base + "/catalogue", "alternate");
            String updated = latest.isEmpty() ? clock.instant().toString()
                    : published(latest.get(0));
            element(xml, "updated", updated);
            for (Published item : latest) {
                String url = base + "/catalogue/" + item.entry().indexNo();
                xml.writeStartElement("entry");
                element(xml, "title", item.version().title());
                element(xml, "id", url);
                link(xml, url, "alternate");
                element(xml, "updated", published(item));
                xml.writeStartElement("author");
                element(xml, "name", item.organName());
                xml.writeEndElement();
                element(xml, "summary", item.version().summary().isBlank() ? item.version().title()
                        : item.version().summary());
                xml.writeStartElement("category");
                xml.writeAttribute("term", item.version().subject());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static String published(Published item) {
        return item.entry().publishedOn().atStartOfDay(ClockProducer.CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
