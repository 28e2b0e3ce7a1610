package vn.doingoai.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import vn.doingoai.config.Caches;
import vn.doingoai.unit.UnitScope;

/**
 * What the dashboard shows besides the summary: the record modules' charts and the things that need
 * attention, for a scope. Kept under the data version (see {@link vn.doingoai.config.DataVersion}),
 * so that fifty officers opening the dashboard do not compute the same national charts fifty times,
 * and a write shows on the next visit.
 */
@Component
class DashboardData {

    private final List<AttentionSource> attentionSources;
    private final List<ChartSource> chartSources;

    DashboardData(List<AttentionSource> attentionSources, List<ChartSource> chartSources) {
        this.attentionSources = attentionSources;
        this.chartSources = chartSources;
    }

    @Cacheable(cacheNames = Caches.FIGURES, key = "{@dataVersion.current(), 'charts', #scope, #year}", sync = true)
    public List<ChartSource.Chart> charts(UnitScope scope, int year) {
        List<ChartSource.Chart> charts = new ArrayList<>();
        for (ChartSource source : chartSources) {
            charts.addAll(source.charts(scope, year));
        }
        return List.copyOf(charts);
    }

    @Cacheable(cacheNames = Caches.FIGURES, key = "{@dataVersion.current(), 'attention', #scope, #today}", sync = true)
    public List<AttentionSource.AttentionItem> attention(UnitScope scope, LocalDate today) {
        List<AttentionSource.AttentionItem> items = new ArrayList<>();
        attentionSources.forEach(s -> items.addAll(s.attention(scope, today)));
        items.sort(Comparator.comparing(
                AttentionSource.AttentionItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(items);
    }
}
