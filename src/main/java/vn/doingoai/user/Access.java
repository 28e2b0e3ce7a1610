package vn.doingoai.user;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;

/**
 * The one place where the rights of API.md are enforced. Record services ask it which units the
 * current user may read, and whether they may write, approve or read a record of a given unit.
 */
@Service
public class Access implements vn.doingoai.common.UnitRights {

    private final UserRepository users;
    private final Units units;

    Access(UserRepository users, Units units) {
        this.users = users;
        this.units = units;
    }

    public CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            throw new AuthenticationCredentialsNotFoundException("Not logged in");
        }
        if (auth.getPrincipal() instanceof UserPrincipal principal) {
            return principal.current();
        }
        return users.findByUsername(auth.getName())
                .map(u -> new CurrentUser(u.getUsername(), u.getRole(), u.getUnitCode()))
                .orElseThrow(() -> new AccessDeniedException("Unknown user " + auth.getName()));
    }

    /** The units the current user may read. An admin reads everything. */
    public UnitScope readable() {
        CurrentUser user = current();
        return user.isAdmin() ? UnitScope.EVERYWHERE : units.userScope(user.unitCode());
    }

    /**
     * The units of a list or a report on {@code unitCode} (the user's own scope when none is
     * given), with the units merged into it when {@code includeMerged}. A unit outside the user's
     * scope is refused.
     */
    public UnitScope scope(String unitCode, boolean includeMerged) {
        UnitScope readable = readable();
        if (unitCode == null || unitCode.isBlank()) {
            return readable;
        }
        String code = units.resolve(unitCode);
        UnitScope asked = units.reportScope(code, includeMerged);
        if (!readable.contains(code)) {
            throw new AccessDeniedException("Unit " + unitCode + " is outside your scope");
        }
        return asked.intersect(readable);
    }

    public UnitScope scope(String unitCode) {
        return scope(unitCode, true);
    }

    @Override
    public <E extends RecordEntity> Specification<E> listed(String unit, String q, boolean orShared) {
        return Specification.<E>where(scope(unit, true).specification(orShared)).and(RecordSpecs.<E>matching(q));
    }

    public boolean canRead(String unitCode) {
        return unitCode == null || readable().contains(unitCode);
    }

    public boolean canWrite(String unitCode) {
        CurrentUser user = current();
        return switch (user.role()) {
            case ADMIN -> true;
            case APPROVER, OFFICER -> unitCode != null
                    && units.userScope(user.unitCode()).contains(unitCode);
            case CONTRIBUTOR -> user.unitCode().equals(unitCode);
            case VIEWER -> false;
        };
    }

    /**
     * Whether the user may add (or rename) an agency or a commune under the province {@code
     * parentCode}, as the dataset's {@code units} section does: an admin, or an officer or approver
     * whose units include the province. ({@code POST /api/v1/units} and the units page are for admins.)
     */
    public boolean canAddUnitUnder(String parentCode) {
        CurrentUser user = current();
        return switch (user.role()) {
            case ADMIN -> true;
            case APPROVER, OFFICER -> canWrite(parentCode);
            case CONTRIBUTOR, VIEWER -> false;
        };
    }

    /** Whether the user may write records at all (for showing buttons). */
    public boolean canWriteAnything() {
        return current().role() != Role.VIEWER;
    }

    /**
     * Whether the user is a national admin (ADMIN of unit VN): the only ones who keep what every
     * unit shares, such as the exchange rates.
     */
    public boolean isNationalAdmin() {
        CurrentUser user = current();
        return user.isAdmin() && Units.COUNTRY.equals(user.unitCode());
    }

    public boolean canApprove(String unitCode) {
        CurrentUser user = current();
        return user.isAdmin()
                || (user.role() == Role.APPROVER
                        && units.userScope(user.unitCode()).contains(unitCode));
    }

    public void checkRead(String unitCode) {
        if (!canRead(unitCode)) {
            throw new AccessDeniedException("Unit " + unitCode + " is outside your scope");
        }
    }

    public void checkWrite(String unitCode) {
        if (!canWrite(unitCode)) {
            throw new AccessDeniedException("You may not change the records of unit " + unitCode);
        }
    }

    /**
     * The right to write a record that names {@code unitCode} as its unit, checked before its data
     * (403): a unit that exists must be one the user may write; a blank or unknown one is left to
     * the data's checks (a problem at {@code unit}), for a user who may write at all.
     */
    @Override
    public void checkWritable(String unitCode) {
        if (unitCode != null && !unitCode.isBlank() && units.exists(unitCode.trim())) {
            checkWrite(unitCode.trim());
        } else if (!canWriteAnything()) {
            throw new AccessDeniedException("Read only");
        }
    }

    public void checkApprove(String unitCode) {
        if (!canApprove(unitCode)) {
            throw new AccessDeniedException("Only an approver of unit " + unitCode + " may approve");
        }
    }

    public void checkAdmin() {
        if (!current().isAdmin()) {
            throw new AccessDeniedException("Admins only");
        }
    }
}
