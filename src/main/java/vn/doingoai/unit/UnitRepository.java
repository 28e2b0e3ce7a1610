package vn.doingoai.unit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, String> {

    List<Unit> findByParentCodeOrderByCode(String parentCode);

    List<Unit> findByLevelOrderByCode(UnitLevel level);

    @org.springframework.data.jpa.repository.Query("select u.code from Unit u")
    List<String> findAllCodes();
}
