package vn.doingoai.direction;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.web.HistoryRefs;

/**
 * Policy documents by name in a record's history ("Kế hoạch 108/KH-UBND"): the document an
 * agreement ({@code policyDocument}), a delegation or an event ({@code document}) carries out.
 */
@Component
class DocumentHistoryRefs implements HistoryRefs {

    private final DocumentRepository repository;
    private final MessageSource messages;

    DocumentHistoryRefs(DocumentRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    @Override
    public Set<String> fields() {
        return Set.of("policyDocument", "document");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> refs) {
        Map<String, String> names = new HashMap<>();
        repository.findByRefIn(refs).forEach(d -> names.put(d.getRef(), name(DocumentRef.of(d))));
        return names;
    }

    private String name(DocumentRef d) {
        return messages.getMessage(d.kindKey(), null, d.kind().name(), LocaleContextHolder.getLocale()) + " "
                + d.number();
    }
}
