/**
 * Exchange rates, a record module: the rates national admins keep ({@code perUsd} units of a
 * currency buy one USD from a date until the next rate), their API ({@code /api/v1/exchange-rates}),
 * pages, the {@code exchangeRates} dataset section, and the application's {@link
 * vn.doingoai.money.CurrencyConverter} that converts at the rate in force on an amount's own date.
 * Rates are shared by every unit, so only an ADMIN of unit VN writes them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"money", "common", "dataset", "history", "unit", "user", "web"})
package vn.doingoai.rate;
