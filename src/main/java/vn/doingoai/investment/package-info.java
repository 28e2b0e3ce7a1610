/**
 * Foreign direct investment (FDI) projects: the investor (a partner), the country, the capital
 * registered in its own currency and its changes over time (increases and decreases), the status
 * and the end. The capital on any date is derived from the registered capital and the changes up to
 * that date. The module contributes the {@code fdi.*} figures and the capital-by-country chart.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common", "dataset", "history", "money", "partner", "period", "report", "search", "unit", "user", "web"
        })
package vn.doingoai.investment;
