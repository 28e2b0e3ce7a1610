/**
 * Overseas Vietnamese (người Việt Nam ở nước ngoài): their associations are partners of kind {@code
 * OVERSEAS_VIETNAMESE_ASSOCIATION}, their homeland events ("Xuân quê hương") events of type {@code
 * HOMELAND} (module {@code event}), and their donations to the province, kept here, each in its own
 * currency and summed in USD at the rate of its own day (figure {@code overseas.donations}), with
 * the VND equivalent shown. An association's page shows its people's donations and its events.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common", "dataset", "event", "history", "money", "partner", "period", "report", "search", "unit", "user",
            "web"
        })
package vn.doingoai.overseas;
