package vn.doingoai.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;
import vn.doingoai.unit.UnitBorders;

/**
 * The border province's agreements with its neighbours across the border, in the report's seventh
 * area after the gates (border's section is 10): those signed and in force on the last day on border management
 * (field {@code BORDER}) or on labour with a partner of a neighbouring country (cross-border labour),
 * named with their day of signing. Only for a report whose units lie on the border. Templates:
 * {@code agreement.report.border.*}.
 */
@Component
class AgreementBorderReportSection implements ReportSection {

    /** The countries Viet Nam shares a land border with. */
    static final List<String> NEIGHBOURS = List.of("CN", "LA", "KH");

    /** Up to this many agreements are named. */
    static final int NAMED = 5;

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitBorders borders;

    AgreementBorderReportSection(NamedParameterJdbcTemplate jdbc, UnitBorders borders) {
        this.jdbc = jdbc;
        this.borders = borders;
    }

    @Override
    public ReportArea area() {
        return ReportArea.BORDER;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "agreement.report.border.title";
    }

    /** An agreement in force: its title and day of signing. */
    record InForce(String title, LocalDate signedOn) {}

    @Override
    @Transactional(readOnly = true)
    public List<Paragraph> write(ReportContext report) {
        if (!borders.anyBorder(report.scope())) {
            return List.of();
        }
        List<InForce> agreements = jdbc.query(
                "select a.title, a.signed_on from agreement a where "
                        + report.scope().sqlCondition("a.unit_code")
                        + " and " + Agreements.inForceOnSql(":end")
                        + " and (a.signed_on is null or a.signed_on <= :end)"
                        + " and (exists (select 1 from agreement_field f where f.agreement_id = a.id and f.field = 'BORDER')"
                        + " or (exists (select 1 from agreement_field f where f.agreement_id = a.id and f.field = 'LABOUR')"
                        + " and exists (select 1 from agreement_partner ap join partner p on p.id = ap.partner_id"
                        + " where ap.agreement_id = a.id and p.country in (:neighbours))))"
                        + " order by a.signed_on, a.id",
                Map.of(
                        "units", report.scope().codesForQuery(),
                        "end", report.period().to(),
                        "neighbours", NEIGHBOURS),
                (rs, n) -> new InForce(
                        rs.getString(1),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()));
        String named = agreements.size() > NAMED
                ? ""
                : report.join(agreements.stream()
                        .map(a -> a.signedOn() == null
                                ? a.title()
                                : report.text("agreement.report.border.signed", a.title(), report.date(a.signedOn())))
                        .toList());
        return List.of(report.paragraph(report.sentence("agreement.report.border.inForce")
                .with("end", report.date(report.period().to()))
                .with("agreements", agreements.size())
                .with("named", named)));
    }
}
