package vn.doingoai.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.Numbers;
import vn.doingoai.config.Caches;
import vn.doingoai.config.DataVersion;
import vn.doingoai.config.Workers;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * Computes the summary of a period: asks every {@link FigureSource} for the period and the same
 * period a year before (both in one query), then computes the changes and the shares of plan, once, for all figures.
 */
@Service
public class SummaryService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<FigureSource> sources;
    private final Access access;
    private final Units units;
    private final DataVersion dataVersion;
    private final Cache figureCache;
    private final MessageSource messages;

    /** The workers on which the sources of a summary run side by side ({@link Workers#FIGURES}). */
    private final Executor workers;

    SummaryService(
            List<FigureSource> sources,
            Access access,
            Units units,
            DataVersion dataVersion,
            CacheManager caches,
            MessageSource messages,
            @Qualifier(Workers.FIGURES) Executor workers) {
        this.messages = messages;
        this.sources = sources;
        this.access = access;
        this.units = units;
        this.dataVersion = dataVersion;
        this.figureCache = caches.getCache(Caches.FIGURES);
        this.workers = workers;
    }

    /** The request of a summary, checked: every problem with its parameter (400), then rights (403). */
    public record Request(Unit unit, Period period, boolean includeMerged) {}

    Request check(SummaryParams params) {
        return check(params.unit(), params.from(), params.to(), params.includeMerged());
    }

    public Request check(String unitCode, String from, String to, Boolean includeMerged) {
        List<FieldProblem> problems = new ArrayList<>();
        Unit unit = null;
        if (unitCode == null || unitCode.isBlank()) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else {
            unit = units.find(unitCode).orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem("unit", "validation.unit.unknown"));
            }
        }
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(new FieldProblem("to", "validation.dates.order"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Request(unit, Period.of(fromDate, toDate), includeMerged == null || includeMerged);
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return null;
        }
        try {
            return vn.doingoai.common.DateInput.parse(text); // 2021-06-10, or 10/6/2021 as typed on a page
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "report.date.invalid"));
            return null;
        }
    }

    /**
     * The summary the contract describes, for the current user (403 outside their scope), its
     * warnings in the request's language (Vietnamese by default).
     */
    public Summary summary(String unitCode, String from, String to, Boolean includeMerged) {
        return summary(check(unitCode, from, to, includeMerged));
    }

    public Summary summary(Request request) {
        return summary(request, LocaleContextHolder.getLocale());
    }

    /** The summary of a request, its warnings written in {@code locale}. */
    public Summary summary(Request request, Locale locale) {
        UnitScope scope = access.scope(request.unit().getCode(), request.includeMerged());
        return summary(request.unit(), scope, request.period(), locale);
    }

    /** The summary for a scope the caller has already checked, its warnings in the request's language. */
    Summary summary(Unit unit, UnitScope scope, Period period) {
        return summary(unit, scope, period, LocaleContextHolder.getLocale());
    }

    private Summary summary(Unit unit, UnitScope scope, Period period, Locale locale) {
        Period previousPeriod = period.previousYear();
        List<Figures> both = collect(unit.getCode(), scope, List.of(period, previousPeriod));
        Figures current = both.get(0);
        Figures previous = both.get(1);
        Map<String, Summary.Figure> figures = new LinkedHashMap<>();
        current.values().keySet().stream().sorted(FigureKeys.COMPARATOR).forEach(key -> {
            Figures.Value value = current.values().get(key);
            Figures.Value before = previous.values().get(key);
            BigDecimal plan = current.plans().get(key);
            BigDecimal prev = before == null ? null : plain(before.value());
            figures.put(
                    key,
                    new Summary.Figure(
                            plain(value.value()),
                            value.unit(),
                            prev,
                            changePct(value.value(), prev),
                            plain(plan),
                            share(value.value(), plan),
                            value.link()));
        });
        return new Summary(
                new Summary.UnitName(unit.getCode(), unit.nameOn(period.to())),
                period.from().toString(),
                period.to().toString(),
                previousPeriod.from().toString(),
                previousPeriod.to().toString(),
                figures,
                current.warningsToWrite().stream()
                        .map(w -> w.text(messages, locale))
                        .distinct()
                        .toList());
    }

    /** The figures of one period only (the national view does not need the year before). */
    Figures collect(String unitCode, UnitScope scope, Period period) {
        return collect(unitCode, scope, List.of(period)).get(0);
    }

    /**
     * The figures of each period, every source answering all the periods at once. The sources are
     * independent, so they run side by side (each in its own read-only transaction) and their
     * figures are put together in the sources' order. No transaction is held here while they run:
     * a caller holding a connection while its workers wait for one could drain the pool.
     */
    List<Figures> collect(String unitCode, UnitScope scope, List<Period> periods) {
        return collect(new FigureQuery(unitCode, scope, periods));
    }

    /**
     * The figures of one period for each group of units apart (the national view), in one pass over
     * the records of {@code units}.
     */
    List<Figures> collect(List<FigureQuery.Group> groups, UnitScope units, Period period) {
        return collect(FigureQuery.byGroup(groups, units, period)).subList(0, groups.size());
    }

    /**
     * The figures of each cell of a query (see {@link FigureQuery#cell}), read only. Kept under the
     * data version they were computed at: a write raises the version in its own transaction, so the
     * next request after it computes them again (once, however many ask at the same time).
     */
    private List<Figures> collect(FigureQuery query) {
        try {
            return figureCache.get(new CachedFigures(dataVersion.current(), query), () -> compute(query));
        } catch (Cache.ValueRetrievalException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The key of a query's figures: the data version and the query (units, periods, groups). */
    private record CachedFigures(long version, FigureQuery query) {}

    private List<Figures> compute(FigureQuery query) {
        List<CompletableFuture<List<Figures>>> parts = sources.stream()
                .map(source -> CompletableFuture.supplyAsync(
                        () -> {
                            List<Figures> part = newFigures(query.cells());
                            source.contribute(query, part);
                            return part;
                        },
                        workers))
                .toList();
        List<Figures> figures = newFigures(query.cells());
        for (CompletableFuture<List<Figures>> part : parts) {
            List<Figures> answered = join(part);
            for (int i = 0; i < figures.size(); i++) {
                figures.get(i).addAll(answered.get(i));
            }
        }
        return figures;
    }

    private static List<Figures> newFigures(int count) {
        return java.util.stream.Stream.generate(Figures::new).limit(count).toList();
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** {@code (value / previous − 1) × 100}, two decimals half up; null when previous is 0 or missing. */
    static BigDecimal changePct(BigDecimal value, BigDecimal previous) {
        if (value == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return plain(value.subtract(previous).multiply(HUNDRED).divide(previous, 2, RoundingMode.HALF_UP));
    }

    /** {@code value / plan × 100}, two decimals half up; null without a plan or with a plan of 0. */
    static BigDecimal share(BigDecimal value, BigDecimal plan) {
        if (value == null || plan == null || plan.signum() == 0) {
            return null;
        }
        return plain(value.multiply(HUNDRED).divide(plan, 2, RoundingMode.HALF_UP));
    }

    /** An exact number as JSON should write it: {@code 2} not {@code 2.0}, never {@code 2.131E+10}. */
    static BigDecimal plain(BigDecimal value) {
        return Numbers.plain(value);
    }
}
