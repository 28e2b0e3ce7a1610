package vn.doingoai.ngo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.AttentionSource;
import vn.doingoai.unit.UnitScope;

/** On the dashboard: NGOs' papers whose validity ends within 90 days. */
@Component
class NgoAttention implements AttentionSource {

    static final int EXPIRING_DAYS = 90;

    private final NgoRegistrations registrations;

    NgoAttention(NgoRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public List<AttentionItem> attention(UnitScope scope, LocalDate today) {
        LocalDate by = today.plusDays(EXPIRING_DAYS);
        return registrations.expiring(scope, today, by).stream()
                .map(r -> new AttentionItem(
                        "attention.ngo.expiring",
                        r.ngoName()
                                + (r.data().number() == null
                                        ? ""
                                        : " · " + r.data().number()),
                        r.data().validTo(),
                        "/ngo-registrations/" + r.data().id(),
                        "/ngo-registrations?validOn=" + today + "&expiresBy=" + by + "&sort=validTo,asc"))
                .toList();
    }
}
