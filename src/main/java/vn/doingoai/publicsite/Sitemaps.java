package vn.doingoai.publicsite;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The sitemaps (sitemaps.org 0.9): a province's pages in both languages, each with its {@code
 * hreflang} alternates (namespace {@code xhtml}); and the index of every province's sitemap at
 * {@code /sitemap.xml}.
 */
final class Sitemaps {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String TYPE = "application/xml;charset=UTF-8";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private Sitemaps() {}

    /** A province's sitemap: each page ({@code sub}) in Vietnamese and in English. */
    static String of(Site site, List<String> subs) {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xhtml", XHTML);
            for (String sub : subs) {
                for (String lang : List.of("vi", "en")) {
                    xml.writeStartElement("url");
                    element(xml, "loc", site.absolute(sub, lang));
                    for (String alternate : List.of("vi", "en")) {
                        xml.writeEmptyElement("xhtml", "link", XHTML);
                        xml.writeAttribute("rel", "alternate");
                        xml.writeAttribute("hreflang", alternate);
                        xml.writeAttribute("href", site.absolute(sub, alternate));
                    }
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        });
    }

    /** The index of the provinces' sitemaps. */
    static String index(List<String> sitemaps) {
        return write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(NAMESPACE);
            for (String address : sitemaps) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", address);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The sitemap could not be written", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
