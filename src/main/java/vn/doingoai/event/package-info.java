/**
 * Foreign-affairs events (sự kiện đối ngoại): conferences, seminars, talks, trade promotion, cultural
 * exchanges, receptions and homeland events that the province hosts, co-hosts or attends, in person,
 * online or both, with their bridge points (điểm cầu) at home and abroad. An event may carry out an
 * agreement of {@link vn.doingoai.agreement.Agreements}; the agreement's page lists it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "agreement",
            "calendar",
            "common",
            "dataset",
            "direction",
            "history",
            "money",
            "partner",
            "report",
            "search",
            "unit",
            "user",
            "web"
        })
package vn.doingoai.event;
