package vn.doingoai.direction;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.doingoai.web.HistoryRefs;

/**
 * Policy documents by name in a record's history ("Kế hoạch 108/KH-UBND"): the document an
 * agreement ({@code policyDocument}), a delegation or an event ({@code document}) carries out.
 */
@Configuration(proxyBeanMethods = false)
class DocumentHistoryRefs {

    @Bean
    HistoryRefs documentNames(DocumentRepository repository, MessageSource messages) {
        return HistoryRefs.byRef(Set.of("policyDocument", "document"), repository::findByRefIn, document -> {
            DocumentRef d = DocumentRef.of(document);
            return messages.getMessage(d.kindKey(), null, d.kind().name(), LocaleContextHolder.getLocale()) + " "
                    + d.number();
        });
    }
}
