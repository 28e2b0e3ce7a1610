package vn.doingoai.aid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.report.AttentionSource;
import vn.doingoai.report.AttentionSource.AttentionItem;

/** On the dashboard: aid items waiting for the province leader's decision (no due date: they come after what is due). */
@Configuration(proxyBeanMethods = false)
class AidAttention {

    @Bean
    AttentionSource aidWaiting(AidBook items) {
        return (scope, today) -> items.waiting(scope).stream()
                .map(a -> new AttentionItem("attention.aid.waiting", a.title(), null, "/aid/" + a.id()))
                .toList();
    }
}
