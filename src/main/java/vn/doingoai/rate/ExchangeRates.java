package vn.doingoai.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordService;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.Money;
import vn.doingoai.money.RateTable;
import vn.doingoai.user.Access;
import vn.doingoai.web.Paging;

/**
 * The exchange rates users keep, and the one converter: an amount into another currency at the
 * rate in force on its own date (the latest rate from on or before it). Rates are shared by every
 * unit, and one rate changes the figures of all of them: only national admins (ADMIN of unit VN)
 * write them; everyone reads them.
 */
@Service
@Transactional
class ExchangeRates implements CurrencyConverter, RecordService<ExchangeRateData, ExchangeRateFilter> {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.asc("currency"), Sort.Order.desc("validFrom"));

    private final ExchangeRateRepository repository;
    private final Access access;

    ExchangeRates(ExchangeRateRepository repository, Access access) {
        this.repository = repository;
        this.access = access;
    }

    // ---- the converter

    @Override
    @Transactional(readOnly = true)
    public Optional<BigDecimal> convert(BigDecimal amount, String fromCurrency, String toCurrency, LocalDate date) {
        return RateTable.convert(amount, fromCurrency, toCurrency, date, this::perUsd);
    }

    /** Every rate, loaded in one query; the answer converts from memory. */
    @Override
    @Transactional(readOnly = true)
    public CurrencyConverter snapshot() {
        RateTable table = new RateTable();
        repository.findAll().forEach(r -> table.add(r.getCurrency(), r.getValidFrom(), r.getPerUsd()));
        return table;
    }

    private Optional<BigDecimal> perUsd(String currency, LocalDate date) {
        if ("USD".equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        if (date == null) {
            return Optional.empty();
        }
        return repository
                .findFirstByCurrencyAndValidFromLessThanEqualOrderByValidFromDesc(currency, date)
                .map(ExchangeRate::getPerUsd);
    }

    // ---- keeping rates

    @Override
    @Transactional(readOnly = true)
    public Page<ExchangeRateData> list(ExchangeRateFilter filter, Pageable pageable) {
        return repository
                .findAll(specification(filter), Paging.ordered(pageable, NEWEST_FIRST))
                .map(r -> ExchangeRateData.of(r, true));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExchangeRateData> listAll(ExchangeRateFilter filter, Sort sort) {
        return repository.findAll(specification(filter), sort.isSorted() ? sort : NEWEST_FIRST).stream()
                .map(r -> ExchangeRateData.of(r, true))
                .toList();
    }

    private static Specification<ExchangeRate> specification(ExchangeRateFilter filter) {
        String currency = filter.currency();
        return Specification.<ExchangeRate>where(RecordSpecs.equal(
                "currency", currency == null ? null : currency.trim().toUpperCase(Locale.ROOT)));
    }

    @Override
    @Transactional(readOnly = true)
    public ExchangeRateData read(Long id) {
        return ExchangeRateData.of(get(id), true);
    }

    private ExchangeRate get(Long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Exchange rate " + id));
    }

    @Override
    public ExchangeRateData create(ExchangeRateData data) {
        checkWritable();
        ExchangeRate rate = new ExchangeRate();
        check(data, null);
        rate.apply(data);
        repository.saveAndFlush(rate);
        return ExchangeRateData.of(rate, true);
    }

    @Override
    public ExchangeRateData update(Long id, ExchangeRateData data) {
        checkWritable();
        ExchangeRate rate = get(id);
        StaleVersionException.check(rate, data.version());
        check(data, id);
        rate.apply(data);
        repository.flush();
        return ExchangeRateData.of(rate, true);
    }

    @Override
    public void delete(Long id) {
        checkWritable();
        repository.delete(get(id));
    }

    boolean canWrite() {
        return access.isNationalAdmin();
    }

    private void checkWritable() {
        if (!canWrite()) {
            throw new AccessDeniedException("Exchange rates are kept by national admins");
        }
    }

    private void check(ExchangeRateData data, Long id) {
        List<FieldProblem> problems = validate(data);
        if (problems.isEmpty()) {
            repository
                    .findByCurrencyAndValidFrom(data.currency().trim().toUpperCase(Locale.ROOT), data.from())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> problems.add(new FieldProblem("from", "rate.duplicate")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static List<FieldProblem> validate(ExchangeRateData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.currency() == null || data.currency().isBlank()) {
            problems.add(new FieldProblem("currency", "validation.required"));
        } else if (!Money.isCurrency(data.currency().trim())) {
            problems.add(new FieldProblem("currency", "validation.currency.unknown"));
        } else if ("USD".equalsIgnoreCase(data.currency().trim())) {
            problems.add(new FieldProblem("currency", "rate.usd"));
        }
        if (data.from() == null) {
            problems.add(new FieldProblem("from", "validation.required"));
        }
        if (data.perUsd() == null) {
            problems.add(new FieldProblem("perUsd", "validation.required"));
        } else if (data.perUsd().signum() <= 0) {
            problems.add(new FieldProblem("perUsd", "rate.positive"));
        }
        return problems;
    }

    // ---- the dataset section's work

    /**
     * Imports rates matched by currency and date: the same document twice creates nothing new. Only
     * a national admin may create or change a rate; anyone else may carry the rates unchanged (every
     * export holds all of them), and a new or different one is a problem at its currency.
     */
    void importAll(List<ExchangeRateData> items, ImportContext context) {
        Map<String, ExchangeRate> existing = new HashMap<>();
        repository.findAll().forEach(r -> existing.put(key(r.getCurrency(), r.getValidFrom()), r));
        boolean writable = canWrite();
        for (int i = 0; i < items.size(); i++) {
            final int index = i;
            List<FieldProblem> problems = validate(items.get(i));
            problems.forEach(p -> context.problem(index, p.field(), p.message()));
            if (!writable && problems.isEmpty() && changes(existing, items.get(i))) {
                context.problem(i, "currency", "rate.nationalOnly");
            }
        }
        if (context.hasProblems()) {
            return;
        }
        for (ExchangeRateData item : items) {
            String key = key(item);
            ExchangeRate rate = existing.get(key);
            if (rate == null) {
                rate = new ExchangeRate();
                rate.apply(item);
                repository.save(rate);
                existing.put(key, rate);
                context.created();
            } else if (rate.differsFrom(item)) {
                rate.apply(item);
                context.updated();
            }
        }
    }

    private static boolean changes(Map<String, ExchangeRate> existing, ExchangeRateData item) {
        ExchangeRate rate = existing.get(key(item));
        return rate == null || rate.differsFrom(item);
    }

    private static String key(ExchangeRateData item) {
        return key(item.currency().trim().toUpperCase(Locale.ROOT), item.from());
    }

    private static String key(String currency, LocalDate from) {
        return currency + "@" + from;
    }

    @Transactional(readOnly = true)
    List<ExchangeRateData> exportAll() {
        return repository.findAll(Sort.by("currency", "validFrom")).stream()
                .map(r -> ExchangeRateData.of(r, false))
                .toList();
    }
}
