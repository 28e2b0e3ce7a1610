package vn.doingoai.delegation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findByMatchKeyIn(Collection<String> keys);

    /** Persons with their trips (lượt) within the units, matching a folded LIKE pattern. */
    @Query(
            value = "select p.id, p.name, p.organization, count(d) from Delegation d join d.members m, Person p"
                    + " where m.personId = p.id and (:all = true or d.unitCode in :codes)"
                    + " and p.searchText like :pattern escape '\\'"
                    + " group by p.id, p.name, p.organization order by p.name, p.id",
            countQuery = "select count(distinct m.personId) from Delegation d join d.members m, Person p"
                    + " where m.personId = p.id and (:all = true or d.unitCode in :codes)"
                    + " and p.searchText like :pattern escape '\\'")
    Page<Object[]> withTrips(
            @Param("all") boolean all,
            @Param("codes") Collection<String> codes,
            @Param("pattern") String pattern,
            Pageable pageable);
}
