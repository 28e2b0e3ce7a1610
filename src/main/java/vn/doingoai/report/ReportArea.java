package vn.doingoai.report;

import java.util.Locale;

/**
 * The areas of the work (DOMAIN.md), in the order the periodic report writes them. Each area
 * present in a report is one numbered part of it (I, II, III…), holding the sections that the
 * record modules contribute to it.
 */
public enum ReportArea {
    /** 1. Political diplomacy and local cooperation: foreign localities, agreements, events, letters. */
    POLITICAL,
    /** 2. Economic diplomacy: trade, FDI, trade promotion. */
    ECONOMIC,
    /** 3. Cultural diplomacy and foreign information: promotion, foreign press. */
    CULTURE,
    /** 4. People-to-people diplomacy and foreign NGO aid. */
    PEOPLE,
    /** 5. Overseas Vietnamese. */
    OVERSEAS,
    /** 6. Consular work, delegations and foreigners. */
    CONSULAR,
    /** 7. Border and territory. */
    BORDER,
    /** 8. Direction and capacity: plans, decisions, tasks, training. */
    DIRECTION;

    /** The message key of the area's title: {@code report.area.political}. */
    public String titleKey() {
        return "report.area." + name().toLowerCase(Locale.ROOT);
    }
}
