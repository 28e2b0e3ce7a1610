package vn.doingoai.search;

/**
 * A record found by the global search.
 *
 * @param type a message key naming the record type ({@code nav.delegations})
 * @param title what the record is called
 * @param detail a line about it (dates, unit, country), may be empty
 * @param link the record's page
 */
public record SearchHit(String type, String title, String detail, String link) {}
