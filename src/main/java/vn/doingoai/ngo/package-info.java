/**
 * Foreign non-governmental organisations' registrations (giấy đăng ký của tổ chức phi chính phủ
 * nước ngoài): the operation registrations, project offices and representative offices a province
 * keeps for the NGOs working in it, with their validity. A partner's page lists its registrations;
 * the dashboard lists papers expiring within 90 days; the figure {@code ngos.registered} counts the
 * NGOs holding a valid paper on the last day of a period, each once.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common", "dataset", "history", "partner", "period", "report", "search", "unit", "user", "web"
        })
package vn.doingoai.ngo;
