/**
 * Partners abroad (đối tác nước ngoài): foreign localities, embassies and consulates, international
 * organisations, foreign NGOs, enterprises and investors, overseas-Vietnamese associations, press
 * agencies. A partner keeps its name in its own script and a Vietnamese name, its country, a parent
 * partner and contacts. Other modules refer to partners through {@link vn.doingoai.partner.Partners}
 * and {@link vn.doingoai.partner.PartnerRef}, and show on a partner's page what links to it by
 * implementing {@link vn.doingoai.partner.PartnerLinks}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "dataset", "history", "search", "unit", "user", "web"})
package vn.doingoai.partner;
