package vn.camket.web.controller;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.camket.search.Hit;
import vn.camket.search.SearchResponse;
import vn.camket.web.service.PortalService;
import vn.camket.web.service.SearchParams;

/** An Atom feed of any search ({@code /search.atom?…}): follow a topic or a province; newest plans first. */
@RestController
public class FeedController {
    private static final int ENTRIES = 50;
    private final PortalService portal;

    public FeedController(PortalService portal) {
        this.portal = portal;
    }

    @GetMapping("/search.atom")
    public ResponseEntity<String> feed(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) throws XMLStreamException {
        SearchParams p = SearchParams.from(params, ENTRIES);
        SearchParams newest = new SearchParams(p.q(), p.filters(), p.role(), p.dueBy(), p.overdueAsOf(), "date", 1, ENTRIES, p.notes());
        SearchResponse r = portal.search(newest);
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String self = base + p.at("/search.atom");
        StringWriter out = new StringWriter();
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("feed");
        x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(x, "title", "Camket: " + (p.q() == null || p.q().isEmpty() ? "tất cả" : p.q()));
        element(x, "id", self);
        link(x, "self", self);
        link(x, "alternate", base + p.at("/search"));
        String updated = r.hits().stream().map(Hit::planDate).filter(d -> d != null).max(String::compareTo).orElse("2025-01-01");
        element(x, "updated", atomDate(updated));
        x.writeStartElement("author");
        element(x, "name", "Camket");
        x.writeEndElement();
        for (Hit h : r.hits()) {
            x.writeStartElement("entry");
            element(x, "title", h.province() + " · " + h.planNumber() + " · " + h.place());
            element(x, "id", base + "/records/" + h.id());
            link(x, "alternate", base + "/records/" + h.id());
            element(x, "updated", atomDate(h.planDate()));
            element(x, "summary", h.text());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
        return ResponseEntity.ok().contentType(MediaType.valueOf("application/atom+xml;charset=UTF-8")).body(out.toString());
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }

    private static String atomDate(String isoDate) {
        try {
            return LocalDate.parse(isoDate).atStartOfDay().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (RuntimeException e) {
            return "2025-01-01T00:00:00Z";
        }
    }
}
