package vn.doingoai.consular;

import vn.doingoai.common.RecordData;

/** What every consular record shape has: identity, the client's ref and the unit. */
interface ConsularData extends RecordData {}
