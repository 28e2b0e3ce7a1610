/**
 * Direction and capacity (chỉ đạo, điều hành; area 8 of DOMAIN.md): the province's policy documents
 * on foreign affairs (plans, decisions, directives, programmes, schemes, regulations: "Kế hoạch số
 * 108/KH-UBND ngày 10/6/2021"), the tasks they assign to the province's agencies and communes with
 * their deadlines, progress notes and the day they were done, and the training courses of its staff.
 * Agreements, delegations and events name the document they carry out through {@link
 * vn.doingoai.direction.PolicyDocuments#resolve} and list themselves on its page by implementing
 * {@link vn.doingoai.direction.DocumentActivities}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "calendar",
            "common",
            "config",
            "dataset",
            "document",
            "history",
            "money",
            "period",
            "report",
            "search",
            "unit",
            "user",
            "web"
        })
package vn.doingoai.direction;
