package vn.doingoai.report;

import java.util.Comparator;
import java.util.List;

/**
 * The figure keys of the contract (API.md) in the order reports show them. Keys no one listed
 * (user-defined indicators, the figures of newer modules) come after them. Which area of the report
 * shows a figure is the business of the record modules' {@link ReportSection}s.
 */
final class FigureKeys {

    static final List<String> ORDER = List.of(
            "agreements.signed",
            "agreements.signed.province",
            "agreements.signed.agency",
            "agreements.signed.commune",
            "agreements.inForce",
            "agreements.inForce.province",
            "agreements.inForce.agency",
            "agreements.inForce.commune",
            "events.hosted",
            "events.hosted.online",
            "events.attended",
            "events.attended.online",
            "events.bridgePoints",
            "fdi.projects.new",
            "fdi.projects.adjusted",
            "fdi.capital.registered",
            "fdi.projects.active",
            "fdi.capital.total",
            "fdi.countries",
            "trade.export",
            "trade.import",
            "trade.total",
            "aid.items.active",
            "aid.items.new",
            "aid.donors.active",
            "aid.committed",
            "aid.disbursed",
            "delegations.outgoing",
            "delegations.outgoing.persons",
            "delegations.incoming",
            "delegations.incoming.persons",
            "consular.entries.approved",
            "consular.entries.received",
            "consular.citizens.supported",
            "consular.citizens.supportAmount",
            "consular.press.visits",
            "consular.protection.cases",
            "information.articles",
            "documents.issued",
            "tasks.due",
            "tasks.doneOnTime",
            "tasks.overdue",
            "training.courses",
            "training.trainees");

    /** The main figures of the dashboard and of the national view. */
    static final List<String> MAIN = List.of(
            "delegations.outgoing",
            "delegations.incoming",
            "agreements.signed",
            "fdi.projects.new",
            "fdi.capital.registered",
            "aid.disbursed",
            "trade.export");

    static final Comparator<String> COMPARATOR = Comparator.comparingInt((String k) -> {
                int i = ORDER.indexOf(k);
                return i < 0 ? ORDER.size() : i;
            })
            .thenComparing(Comparator.naturalOrder());

    private FigureKeys() {}

    static boolean known(String key) {
        return ORDER.contains(key);
    }
}
