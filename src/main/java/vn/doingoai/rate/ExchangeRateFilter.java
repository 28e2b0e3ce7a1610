package vn.doingoai.rate;

/** The filter of the rate list: one currency, or every currency. */
record ExchangeRateFilter(String currency) {}
