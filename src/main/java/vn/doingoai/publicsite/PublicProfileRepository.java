package vn.doingoai.publicsite;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicProfileRepository extends JpaRepository<PublicProfile, String> {}
