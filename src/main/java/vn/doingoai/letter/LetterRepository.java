package vn.doingoai.letter;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.doingoai.common.RecordRepository;

interface LetterRepository extends RecordRepository<Letter> {

    @Query("select distinct l from Letter l join l.partnerIds p where p = :partnerId order by l.date desc")
    List<Letter> findByPartner(@Param("partnerId") Long partnerId);

    /** The units whose letters name the partner (for the right to change it). */
    @Query("select distinct l.unitCode from Letter l join l.partnerIds p where p = :partnerId")
    Set<String> unitsNaming(@Param("partnerId") Long partnerId);
}
