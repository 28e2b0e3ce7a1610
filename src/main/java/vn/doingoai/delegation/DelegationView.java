package vn.doingoai.delegation;

import java.util.List;
import vn.doingoai.partner.PartnerRef;

/**
 * What a delegation's page shows beyond its data: the partners named, the person of each member
 * (for links to their pages) and the name of the report file, if one was uploaded.
 */
record DelegationView(DelegationData data, List<PartnerRef> partners, List<Long> memberPersonIds, String reportFile) {}
