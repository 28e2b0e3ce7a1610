/**
 * International agreements (thỏa thuận quốc tế) signed by the province, its agencies and communes
 * with foreign partners: their fields of cooperation, dates, status and signed document, and the
 * province leader's approval of the signing ({@code AgreementWorkflow}: only an approver makes an
 * agreement SIGNED). Whether an agreement is in force is derived (signed, and the day within
 * validFrom–validTo), never stored.
 * Other modules link their records to an agreement through {@link
 * vn.doingoai.agreement.Agreements#resolve} and list them on the agreement's page by implementing
 * {@link vn.doingoai.agreement.AgreementActivities}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "dataset",
            "direction",
            "document",
            "history",
            "money",
            "partner",
            "period",
            "report",
            "search",
            "unit",
            "user",
            "web"
        })
package vn.doingoai.agreement;
