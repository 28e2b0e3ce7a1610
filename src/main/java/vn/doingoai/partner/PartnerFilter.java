package vn.doingoai.partner;

/** The filters of the partner list: unit (with the units under it), text, kind, country. */
record PartnerFilter(String unit, String q, PartnerKind kind, String country) {}
