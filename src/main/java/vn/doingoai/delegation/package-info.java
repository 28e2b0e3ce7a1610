/**
 * Delegations (đoàn ra, đoàn vào): outgoing delegations of the province's officials abroad and
 * incoming foreign delegations, with their members, countries and partners, the approval by a
 * province leader (decision number and date; the rules are {@code DelegationWorkflow}'s), and the
 * report after return. The same person on several delegations is one {@code Person} ({@code
 * Persons}, with their own pages), so that a person's trips can be counted. The module
 * gives the report its figures ("N đoàn / M lượt người"), the dashboard its waiting approvals and a
 * chart, the calendar its entries, the search its hits, and partners their linked delegations.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "agreement",
            "calendar",
            "common",
            "config",
            "dataset",
            "direction",
            "document",
            "history",
            "partner",
            "report",
            "search",
            "unit",
            "user",
            "web"
        })
package vn.doingoai.delegation;
