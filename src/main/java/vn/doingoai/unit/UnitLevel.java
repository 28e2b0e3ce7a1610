package vn.doingoai.unit;

/** Where a unit stands in the tree. Agencies (sở, ngành) and communes (xã) sit under a province. */
public enum UnitLevel {
    COUNTRY,
    PROVINCE,
    AGENCY,
    COMMUNE
}
