/**
 * Consular work (công tác lãnh sự): approvals of foreigners entering to work or stay (persons
 * approved and received), support paid to the province's citizens elsewhere, visits of foreign
 * press, and citizen protection cases with the steps taken. Each record type has its API resource,
 * dataset section, pages, search and the figures of the report ({@code consular.*}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "dataset", "history", "money", "report", "search", "unit", "user", "web"})
package vn.doingoai.consular;
