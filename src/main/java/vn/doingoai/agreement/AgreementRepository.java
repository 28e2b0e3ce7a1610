package vn.doingoai.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

    Optional<Agreement> findByRef(String ref);

    List<Agreement> findByRefIn(Collection<String> refs);

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
