package vn.doingoai.direction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doingoai.report.AttentionSource;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.unit.UnitScope;

/**
 * On the dashboard, per assignee unit with its count: the tasks overdue, and those due within {@link
 * Tasks#SOON_DAYS} days. Each line is a unit ("Sở Ngoại vụ (2): Báo cáo sơ kết; Trao đổi học sinh"),
 * dated by its earliest deadline and leading to that unit's tasks; each group leads to all of them.
 */
@Component
class TaskAttention implements AttentionSource {

    static final String OVERDUE = "attention.task.overdue";
    static final String DUE_SOON = "attention.task.dueSoon";

    /** How many task titles a unit's line names before "…". */
    private static final int TITLES = 3;

    private final Tasks tasks;
    private final UnitNames unitNames;

    TaskAttention(Tasks tasks, UnitNames unitNames) {
        this.tasks = tasks;
        this.unitNames = unitNames;
    }

    @Override
    public List<AttentionItem> attention(UnitScope scope, LocalDate today) {
        Map<String, List<TaskView>> overdue = new LinkedHashMap<>();
        Map<String, List<TaskView>> soon = new LinkedHashMap<>();
        for (TaskView t : tasks.openDueBefore(scope, today.plusDays(Tasks.SOON_DAYS))) {
            (t.dueOn().isBefore(today) ? overdue : soon)
                    .computeIfAbsent(t.assignee(), a -> new ArrayList<>())
                    .add(t);
        }
        List<AttentionItem> items = new ArrayList<>();
        overdue.forEach((unit, of) -> items.add(item(OVERDUE, "OVERDUE", unit, of)));
        soon.forEach((unit, of) -> items.add(item(DUE_SOON, "DUE_SOON", unit, of)));
        return items;
    }

    private AttentionItem item(String kind, String state, String unit, List<TaskView> of) {
        String titles = of.stream().limit(TITLES).map(TaskView::title).collect(Collectors.joining("; "));
        return new AttentionItem(
                kind,
                unitNames.label(unit) + " (" + of.size() + "): " + titles + (of.size() > TITLES ? "; …" : ""),
                of.get(0).dueOn(),
                "/tasks?state=" + state + "&unit=" + unit,
                "/tasks?state=" + state);
    }
}
