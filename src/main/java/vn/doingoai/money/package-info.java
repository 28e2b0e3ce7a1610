/**
 * Money, a kernel module: an exact amount in its own currency ({@link vn.doingoai.money.Money}),
 * the one converter interface that turns an amount into USD or VND at the rate of its own date
 * ({@link vn.doingoai.money.CurrencyConverter}, answered from a {@link vn.doingoai.money.RateTable}),
 * sums in one currency for figures ({@link vn.doingoai.money.CurrencySum}), and the Vietnamese way of writing numbers and amounts ({@code 1,25 tỷ
 * USD}, {@code 23 tỷ 338 triệu đồng}) that pages and documents share. It imports nothing of this
 * application: the exchange rates themselves are kept by the {@code rate} module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package vn.doingoai.money;
