package vn.doingoai.rate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.doingoai.common.RecordEntity;

/** One exchange rate: {@code perUsd} units of {@code currency} buy one USD from {@code validFrom}. */
@Entity
@Table(name = "exchange_rate")
class ExchangeRate extends RecordEntity {

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "per_usd", nullable = false, precision = 24, scale = 8)
    private BigDecimal perUsd;

    @Override
    public String historyType() {
        return "exchangeRate";
    }

    @Override
    public Object historySnapshot() {
        return ExchangeRateData.of(this, false);
    }

    @Override
    protected String searchableText() {
        return currency;
    }

    String getCurrency() {
        return currency;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    BigDecimal getPerUsd() {
        return perUsd;
    }

    /** Whether applying the data would change anything. */
    boolean differsFrom(ExchangeRateData data) {
        return !data.currency().trim().toUpperCase(java.util.Locale.ROOT).equals(currency)
                || !data.from().equals(validFrom)
                || perUsd == null
                || data.perUsd().compareTo(perUsd) != 0;
    }

    void apply(ExchangeRateData data) {
        this.currency = data.currency().trim().toUpperCase(java.util.Locale.ROOT);
        this.validFrom = data.from();
        if (perUsd == null || perUsd.compareTo(data.perUsd()) != 0) {
            this.perUsd = data.perUsd();
        }
    }
}
