package vn.doingoai.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitLevel;
import vn.doingoai.unit.Units;

/**
 * The issue of a report by default: by the unit as it is on the day of issue (a 2021 report of
 * province 24 issued today is issued by today's Bắc Ninh, and a province merged away issues through
 * the one it merged into), dated that day, about the unit by the name it had during the period
 * ("Kết quả công tác đối ngoại 9 tháng năm 2021 của tỉnh Bắc Giang").
 */
@Component
class ReportIssues {

    private final Units units;
    private final MessageSource messages;

    ReportIssues(Units units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    ReportIssue defaults(Unit unit, Period period, Locale locale, LocalDate issuedOn) {
        boolean en = ReportWords.english(locale);
        Unit issuing = asOn(unit, issuedOn);
        Unit province = units.provinceOf(issuing.getCode()).orElse(null);
        String provinceName = province == null ? null : province.nameOn(issuedOn);
        String above;
        String issuer;
        String symbol;
        String place;
        if (issuing.getLevel() == UnitLevel.COUNTRY || province == null) {
            above = text("report.issue.ministry", locale);
            issuer = text("report.issue.ministryDepartment", locale);
            symbol = "BC-BNG";
            place = text("report.issue.capital", locale);
        } else {
            above = text("report.issue.committee", locale, committeeName(provinceName, en));
            issuer = issuing.getLevel() == UnitLevel.PROVINCE
                    ? text("report.issue.department", locale)
                    : ReportWords.upper(
                            en ? ReportWords.englishName(issuing.nameOn(issuedOn)) : issuing.nameOn(issuedOn));
            symbol = issuing.getLevel() == UnitLevel.PROVINCE ? "BC-SNgV" : "BC";
            String shortName = ReportWords.shortName(provinceName);
            place = en ? ReportWords.ascii(shortName) : shortName;
        }
        String subject = text(
                "report.document.subject",
                locale,
                PeriodName.of(period, locale),
                ReportWords.unitName(unit, period.to(), locale));
        List<String> recipients = Arrays.stream(text(
                                issuing.getLevel() == UnitLevel.COUNTRY
                                        ? "report.issue.recipients.country"
                                        : "report.issue.recipients",
                                locale)
                        .split("\\|"))
                .map(String::strip)
                .toList();
        return new ReportIssue(
                above,
                issuer,
                null,
                symbol,
                place,
                issuedOn,
                subject,
                recipients,
                text("report.issue.signerTitle", locale),
                "");
    }

    /** The unit that stands for {@code unit} on a day: the one it was merged into, once it is gone. */
    Unit asOn(Unit unit, LocalDate day) {
        Unit u = unit;
        for (int i = 0;
                i < 5 && u.getDissolvedOn() != null && u.getDissolvedOn().isBefore(day) && u.getMergedInto() != null;
                i++) {
            u = units.find(u.getMergedInto()).orElse(u);
        }
        return u;
    }

    private static String committeeName(String provinceName, boolean en) {
        if (en) {
            return ReportWords.upper(ReportWords.englishName(provinceName));
        }
        return ReportWords.upper(provinceName);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
