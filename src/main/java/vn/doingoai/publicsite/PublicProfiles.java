package vn.doingoai.publicsite;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitLevel;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.user.Role;

/**
 * The provinces' public profiles: read by the public pages, edited by the admins and the officers
 * (approvers included) of the province.
 */
@Service
@Transactional
class PublicProfiles {

    private final PublicProfileRepository repository;
    private final Units units;
    private final Access access;

    PublicProfiles(PublicProfileRepository repository, Units units, Access access) {
        this.repository = repository;
        this.units = units;
        this.access = access;
    }

    /** A province's profile, empty where none was written. */
    @Transactional(readOnly = true)
    ProfileData of(String province) {
        return repository.findById(province).map(PublicProfile::data).orElseGet(() -> ProfileData.empty(province));
    }

    /** The profile to edit: 404 for a unit that is no province, 403 for someone who may not edit it. */
    @Transactional(readOnly = true)
    ProfileData edit(String province) {
        checkEdit(province);
        return of(province);
    }

    ProfileData save(String province, ProfileData data) {
        checkEdit(province);
        PublicProfile profile = repository.findById(province).orElseGet(() -> new PublicProfile(province));
        if (profile.getVersion() != null
                && data.version() != null
                && !profile.getVersion().equals(data.version())) {
            throw new StaleVersionException(profile.getVersion(), data.version());
        }
        profile.apply(data, access.current().username());
        repository.saveAndFlush(profile);
        return profile.data();
    }

    /** Whether the current user may edit a province's profile: an admin, or an officer or approver of it. */
    boolean mayEdit(String province) {
        Role role = access.current().role();
        return (role == Role.ADMIN || role == Role.OFFICER || role == Role.APPROVER) && access.canWrite(province);
    }

    private void checkEdit(String province) {
        Unit unit = units.find(province).orElseThrow(() -> new NotFoundException("Unit " + province));
        if (unit.getLevel() != UnitLevel.PROVINCE) {
            throw new NotFoundException("Province " + province);
        }
        if (!mayEdit(province)) {
            throw new AccessDeniedException("Only the admins and officers of the province edit its public profile");
        }
    }
}
