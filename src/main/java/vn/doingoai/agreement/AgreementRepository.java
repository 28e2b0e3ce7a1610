package vn.doingoai.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.doingoai.common.RecordRepository;

interface AgreementRepository extends RecordRepository<Agreement> {

    @Query(
            """
            select a from Agreement a
            where (:all = true or a.unitCode in :codes)
              and a.status = :signed and a.validTo between :from and :to
            order by a.validTo""")
    List<Agreement> expiringBetween(
            boolean all, Collection<String> codes, AgreementStatus signed, LocalDate from, LocalDate to);

    @Query(
            """
            select a from Agreement a
            where (:all = true or a.unitCode in :codes)
              and a.status <> :proposed and a.signedOn between :from and :to
            order by a.signedOn""")
    List<Agreement> signedBetween(
            boolean all, Collection<String> codes, AgreementStatus proposed, LocalDate from, LocalDate to);

    @Query("select distinct a from Agreement a join a.partnerIds p where p = :partnerId order by a.signedOn desc")
    List<Agreement> findByPartner(Long partnerId);

    /** The units whose records name the partner (for the right to change it). */
    @Query("select distinct a.unitCode from Agreement a join a.partnerIds p where p = :partnerId")
    java.util.Set<String> unitsNaming(@Param("partnerId") Long partnerId);
}
