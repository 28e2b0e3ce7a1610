package vn.doingoai.consular;

/** What every consular record shape has: identity, the client's ref and the unit. */
interface ConsularData {

    Long id();

    Long version();

    String ref();

    String unit();
}
