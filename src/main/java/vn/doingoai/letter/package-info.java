/**
 * Official letters (công thư): the letters the province sends to and receives from its partners
 * abroad at Tết and national days, to congratulate, condole, invite and thank, with the scanned
 * letter kept as a document. The figures {@code letters.sent} and {@code letters.received} count
 * the letters dated in a period; a partner's page lists the letters exchanged with it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "dataset",
            "document",
            "history",
            "partner",
            "period",
            "report",
            "search",
            "unit",
            "user",
            "web"
        })
package vn.doingoai.letter;
