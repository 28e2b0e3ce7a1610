package vn.doingoai.aid;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.common.Numbers;
import vn.doingoai.partner.PartnerKind;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.Units;

/**
 * {@code GET /api/v1/aid.iati.xml?unit=CODE}: the unit's aid items as IATI 2.03 activities, one
 * {@code iati-activity} per item with its commitments (transaction type 2) and disbursements (3),
 * written in the order the schema requires.
 */
@RestController
class IatiExport {

    static final String VERSION = "2.03";

    private final AidBook items;
    private final Sectors sectors;
    private final Units units;

    IatiExport(AidBook items, Sectors sectors, Units units) {
        this.items = items;
        this.sectors = sectors;
        this.units = units;
    }

    @GetMapping(value = "/api/v1/aid.iati.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> export(@RequestParam(required = false) String unit) throws XMLStreamException {
        List<AidBook.View> views = items.forExport(unit);
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
                .body(write(views, LocalDate.now()));
    }

    byte[] write(List<AidBook.View> views, LocalDate today) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        String now = dateTime(OffsetDateTime.now(ZoneOffset.UTC));
        Map<String, String> unitNames = new HashMap<>();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", VERSION);
        xml.writeAttribute("generated-datetime", now);
        for (AidBook.View view : views) {
            AidData aid = view.data();
            String orgRef = "VN-DOINGOAI-" + aid.unit();
            String unitName = unitNames.computeIfAbsent(
                    aid.unit(), code -> units.find(code).map(Unit::getName).orElse(code));
            xml.writeStartElement("iati-activity");
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "vi");
            xml.writeAttribute("last-updated-datetime", now);
            String currency = defaultCurrency(aid);
            if (currency != null) {
                xml.writeAttribute("default-currency", currency);
            }
            text(xml, "iati-identifier", orgRef + "-" + aid.ref());
            xml.writeStartElement("reporting-org");
            xml.writeAttribute("ref", orgRef);
            xml.writeAttribute("type", "10");
            narrative(xml, unitName);
            xml.writeEndElement();
            xml.writeStartElement("title");
            narrative(xml, aid.title());
            xml.writeEndElement();
            xml.writeStartElement("description");
            narrative(xml, aid.description() == null || aid.description().isBlank() ? aid.title() : aid.description());
            xml.writeEndElement();
            if (view.donor() != null) {
                xml.writeStartElement("participating-org");
                xml.writeAttribute("role", "1");
                xml.writeAttribute("ref", view.donor().ref());
                String type = organisationType(view.donor().kind());
                if (type != null) {
                    xml.writeAttribute("type", type);
                }
                narrative(xml, view.donor().name());
                xml.writeEndElement();
            }
            xml.writeStartElement("participating-org");
            xml.writeAttribute("role", "4");
            xml.writeAttribute("ref", orgRef);
            xml.writeAttribute("type", "10");
            narrative(xml, unitName);
            xml.writeEndElement();
            empty(xml, "activity-status", "code", status(aid, today));
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", aid.startDate().isAfter(today) ? "1" : "2");
            xml.writeAttribute("iso-date", aid.startDate().toString());
            if (aid.endDate() != null) {
                xml.writeEmptyElement("activity-date");
                xml.writeAttribute("type", aid.endDate().isAfter(today) ? "3" : "4");
                xml.writeAttribute("iso-date", aid.endDate().toString());
            }
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", "VN");
            xml.writeAttribute("percentage", "100");
            if (aid.sector() != null && !aid.sector().isBlank()) {
                xml.writeStartElement("sector");
                xml.writeAttribute("vocabulary", "1");
                xml.writeAttribute("code", aid.sector());
                xml.writeAttribute("percentage", "100");
                String name = sectors.name(aid.sector());
                if (!name.isBlank()) {
                    narrative(xml, name, "en");
                }
                xml.writeEndElement();
            }
            if (aid.transactions() != null) {
                for (AidTransaction t : aid.transactions()) {
                    xml.writeStartElement("transaction");
                    empty(xml, "transaction-type", "code", t.type().iatiCode());
                    empty(xml, "transaction-date", "iso-date", t.date().toString());
                    xml.writeStartElement("value");
                    xml.writeAttribute("currency", t.value().currency());
                    xml.writeAttribute("value-date", t.date().toString());
                    xml.writeCharacters(Numbers.plain(t.value().amount()).toPlainString());
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    /** The currency of the item's transactions when they share one. */
    private static String defaultCurrency(AidData aid) {
        if (aid.transactions() == null || aid.transactions().isEmpty()) {
            return null;
        }
        String first = aid.transactions().get(0).value().currency();
        return aid.transactions().stream().allMatch(t -> t.value().currency().equals(first)) ? first : null;
    }

    /** IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation. */
    private static String status(AidData aid, LocalDate today) {
        if (aid.startDate().isAfter(today)) {
            return "1";
        }
        return aid.endDate() == null || !aid.endDate().isBefore(today) ? "2" : "3";
    }

    /** IATI OrganisationType of a donor. */
    private static String organisationType(PartnerKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case FOREIGN_NGO -> "21";
            case INTERNATIONAL_ORGANIZATION -> "40";
            case EMBASSY, CONSULATE, FOREIGN_LOCALITY -> "10";
            case ENTERPRISE -> "70";
            default -> null;
        };
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        narrative(xml, text, null);
    }

    private static void narrative(XMLStreamWriter xml, String text, String lang) throws XMLStreamException {
        xml.writeStartElement("narrative");
        if (lang != null) {
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
        }
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    /** An xs:dateTime, always with seconds: {@code toString()} drops ":00", which the schema refuses. */
    static String dateTime(OffsetDateTime time) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                .format(time);
    }
}
