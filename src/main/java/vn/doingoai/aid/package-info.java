/**
 * Aid (viện trợ): programmes, projects, non-project aid, emergency relief and ODA from foreign
 * donors (partners), with their OECD-DAC sector and their commitments and disbursements, each in its
 * own currency, and the province leader's approval ({@code AidWorkflow}: proposed, then approved or
 * rejected by an approver). The module contributes the {@code aid.*} figures (which do not depend on
 * the approval), the committed-against-disbursed chart, the dashboard's waiting approvals, and the
 * export of a unit's items as IATI 2.03 activities.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common", "dataset", "history", "money", "partner", "period", "report", "search", "unit", "user", "web"
        })
package vn.doingoai.aid;
