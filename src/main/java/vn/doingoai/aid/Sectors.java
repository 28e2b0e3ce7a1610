package vn.doingoai.aid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The OECD-DAC 5-digit sectors of the IATI Sector codelist ({@code iati/Sector.xml}), read once:
 * code and English name.
 */
@Component("aidSectors")
public class Sectors {

    private final Map<String, String> names;

    Sectors() {
        Map<String, String> read = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource("iati/Sector.xml").getInputStream()) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String code = null;
            boolean inName = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "codelist-item" -> {
                            code = null;
                            inName = false;
                        }
                        case "code" -> code = xml.getElementText().trim();
                        case "name" -> inName = true;
                        case "narrative" -> {
                            String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                            String text = xml.getElementText().trim();
                            if (inName && code != null && lang == null) {
                                read.putIfAbsent(code, text);
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "name".equals(xml.getLocalName())) {
                    inName = false;
                }
            }
            xml.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot read iati/Sector.xml", e);
        }
        this.names = Collections.unmodifiableMap(read);
    }

    public boolean isValid(String code) {
        return code != null && names.containsKey(code.trim());
    }

    /** The sector's name, or empty for an unknown code. */
    public String name(String code) {
        return code == null ? "" : names.getOrDefault(code.trim(), "");
    }

    /** {@code 12220 · Basic health care}. */
    public String label(String code) {
        return code == null || code.isBlank() ? "—" : code + " · " + name(code);
    }

    public Map<String, String> all() {
        return names;
    }
}
