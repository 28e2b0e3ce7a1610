/**
 * Money: an exact amount in its own currency ({@link vn.doingoai.money.Money}), the exchange rates
 * users keep, the one converter that turns an amount into USD or VND at the rate of its own date,
 * and the Vietnamese way of writing numbers and amounts ({@code 1,25 tỷ USD}, {@code 23 tỷ 338 triệu
 * đồng}) that pages and documents share.
 */
package vn.doingoai.money;
