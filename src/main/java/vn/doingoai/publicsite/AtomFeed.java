package vn.doingoai.publicsite;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.doingoai.news.PublicNewsItem;

/**
 * A province's published news as an Atom 1.0 feed (RFC 4287, namespace {@code
 * http://www.w3.org/2005/Atom}), newest first: each item an entry with its own language ({@code
 * xml:lang}), its address, its summary and its body as HTML. Written by a streaming XML writer, so
 * that every text is escaped.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    static final String TYPE = "application/atom+xml;charset=UTF-8";

    /** The newest items a feed holds. */
    static final int MAX_ENTRIES = 100;

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private AtomFeed() {}

    /**
     * @param title the feed's title
     * @param author the office the news come from (the feed's author)
     */
    static String write(Site site, String title, String author, List<PublicNewsItem> items) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", site.lang());
            element(xml, "id", site.absolute("/news.atom", "vi"));
            element(xml, "title", title);
            Instant updated = items.stream()
                    .map(PublicNewsItem::updatedAt)
                    .filter(i -> i != null)
                    .max(Instant::compareTo)
                    .orElse(Instant.EPOCH);
            element(xml, "updated", time(updated));
            link(xml, "self", site.absolute("/news.atom", "vi"), "application/atom+xml", null);
            link(xml, "alternate", site.absolute("/news", "vi"), "text/html", "vi");
            link(xml, "alternate", site.absolute("/news", "en"), "text/html", "en");
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
            for (PublicNewsItem n : items) {
                entry(xml, site, n, updated);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, Site site, PublicNewsItem n, Instant feedUpdated)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", n.language());
        String address = site.absolute("/news/" + n.id(), n.language());
        element(xml, "id", address);
        element(xml, "title", n.title());
        element(xml, "updated", time(n.updatedAt() == null ? feedUpdated : n.updatedAt()));
        if (n.publishedOn() != null) {
            element(xml, "published", time(n.publishedOn().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        link(xml, "alternate", address, "text/html", n.language());
        if (n.summary() != null) {
            element(xml, "summary", n.summary());
        }
        if (n.body() != null) {
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(n.body());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type, String hreflang)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
        if (hreflang != null) {
            xml.writeAttribute("hreflang", hreflang);
        }
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
