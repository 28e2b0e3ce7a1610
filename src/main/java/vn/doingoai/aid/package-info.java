/**
 * Aid (viện trợ): programmes, projects, non-project aid, emergency relief and ODA from foreign
 * donors (partners), with their OECD-DAC sector and their commitments and disbursements, each in its
 * own currency. The module contributes the {@code aid.*} figures, the committed-against-disbursed
 * chart, and the export of a unit's items as IATI 2.03 activities.
 */
package vn.doingoai.aid;
