package vn.doingoai.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.AttentionSource;
import vn.doingoai.unit.UnitScope;

/**
 * On the dashboard: agreements waiting for the approval of their signing, agreements that expire
 * within 90 days, and agreements signed in the last 15 days whose report on the signing is due 15
 * days after signing.
 */
@Component
class AgreementAttention implements AttentionSource {

    static final int EXPIRING_DAYS = 90;

    private final Agreements agreements;

    AgreementAttention(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public List<AttentionItem> attention(UnitScope scope, LocalDate today) {
        List<AttentionItem> items = new ArrayList<>();
        for (Agreement a : agreements.waiting(scope)) {
            items.add(new AttentionItem("attention.agreement.waiting", a.getTitle(), null, "/agreements/" + a.getId()));
        }
        for (Agreement a : agreements.expiring(scope, today, today.plusDays(EXPIRING_DAYS))) {
            items.add(new AttentionItem(
                    "attention.agreement.expiring",
                    a.getTitle(),
                    a.getValidTo(),
                    "/agreements/" + a.getId(),
                    "/agreements?inForce=true&sort=validTo,asc"));
        }
        for (Agreement a : agreements.signedBetween(scope, today.minusDays(AgreementData.REPORT_DAYS), today)) {
            items.add(new AttentionItem(
                    "attention.agreement.reportDue",
                    a.getTitle(),
                    a.getSignedOn().plusDays(AgreementData.REPORT_DAYS),
                    "/agreements/" + a.getId(),
                    "/agreements?status=SIGNED&from=" + today.minusDays(AgreementData.REPORT_DAYS) + "&to=" + today));
        }
        return items;
    }
}
