package vn.doingoai.unit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.Text;

/** The unit tree and the rule of which units a report on a unit includes. */
@Service
public class Units {

    public static final String COUNTRY = "VN";

    /** The day the 2025 reorganisation took effect. */
    public static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);

    private final UnitRepository repository;
    private final UnitTree tree;
    private final Validator validator;

    Units(UnitRepository repository, UnitTree tree, Validator validator) {
        this.repository = repository;
        this.tree = tree;
        this.validator = validator;
    }

    /** The key of the units added by the current transaction (see {@link #tree()}). */
    private static final Object ADDED = new Object();

    /**
     * The tree of the current data version, with the units the current transaction has added: an
     * import adds agencies first, then checks the records of those agencies, before anything is
     * committed (the cached tree only changes with the committed data version).
     */
    private UnitTree.Snapshot tree() {
        UnitTree.Snapshot committed = tree.snapshot();
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !(TransactionSynchronizationManager.getResource(ADDED) instanceof Added added)) {
            return committed;
        }
        if (added.merged == null || added.base != committed) {
            List<Unit> all = new ArrayList<>(committed.all);
            all.addAll(added.units);
            added.base = committed;
            added.merged = new UnitTree.Snapshot(all);
        }
        return added.merged;
    }

    /** The units one transaction added, until it completes. */
    private static final class Added implements TransactionSynchronization {
        final List<Unit> units = new ArrayList<>();
        UnitTree.Snapshot base;
        UnitTree.Snapshot merged;

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ADDED);
        }
    }

    private void remember(Unit unit) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Added added = (Added) TransactionSynchronizationManager.getResource(ADDED);
        if (added == null) {
            added = new Added();
            TransactionSynchronizationManager.bindResource(ADDED, added);
            TransactionSynchronizationManager.registerSynchronization(added);
        }
        added.units.add(unit);
        added.merged = null;
    }

    /** A unit as the tree of the current data version has it (read only). */
    public Optional<Unit> find(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(tree().byCode.get(code.trim()));
    }

    public Unit require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Unit " + code));
    }

    /** Whether a unit with this code exists (imports ask this for every record). */
    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** A record's unit is required and must exist: the problem at {@code unit}, if any, is added. */
    public void check(String code, List<FieldProblem> problems) {
        if (Text.isBlank(code)) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!exists(code)) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
    }

    public List<Unit> all() {
        return tree().all;
    }

    public List<Unit> provinces() {
        return all().stream().filter(u -> u.getLevel() == UnitLevel.PROVINCE).toList();
    }

    /** Today's provinces, without the ones dissolved in 2025. */
    public List<Unit> currentProvinces() {
        return provinces().stream().filter(u -> !u.isDissolved()).toList();
    }

    public List<Unit> children(String code) {
        UnitTree.Snapshot snapshot = tree();
        return snapshot.children.getOrDefault(code, List.of()).stream()
                .sorted()
                .map(snapshot.byCode::get)
                .toList();
    }

    /**
     * The units a report on {@code code} includes: the unit, the units under it and, when {@code
     * includeMerged}, the units merged into it, recursively. {@code VN} is the whole country.
     */
    public UnitScope reportScope(String code, boolean includeMerged) {
        return reportScopes(List.of(code), includeMerged).get(code);
    }

    /** {@link #reportScope} of several units: code → scope. */
    public Map<String, UnitScope> reportScopes(List<String> roots, boolean includeMerged) {
        UnitTree.Snapshot snapshot = tree();
        Map<String, UnitScope> scopes = new LinkedHashMap<>();
        for (String code : roots) {
            Unit root = snapshot.byCode.get(code == null ? null : code.trim());
            if (root == null) {
                throw new NotFoundException("Unit " + code);
            }
            if (root.getLevel() == UnitLevel.COUNTRY) {
                scopes.put(code, UnitScope.EVERYWHERE);
                continue;
            }
            Set<String> codes = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(root.getCode()));
            while (!todo.isEmpty()) {
                String next = todo.pop();
                if (codes.add(next)) {
                    todo.addAll(snapshot.children.getOrDefault(next, List.of()));
                    if (includeMerged) {
                        todo.addAll(snapshot.merged.getOrDefault(next, List.of()));
                    }
                }
            }
            scopes.put(code, UnitScope.of(codes));
        }
        return scopes;
    }

    /** The scope a user bound to {@code code} may see: everything under it, merged units included. */
    public UnitScope userScope(String code) {
        return reportScope(code, true);
    }

    /** The province a unit belongs to (itself for a province), or empty for the country. */
    public Optional<Unit> provinceOf(String code) {
        Optional<Unit> unit = find(code);
        while (unit.isPresent() && unit.get().getLevel() != UnitLevel.PROVINCE) {
            if (unit.get().getParentCode() == null) {
                return Optional.empty();
            }
            unit = find(unit.get().getParentCode());
        }
        return unit;
    }

    /**
     * The code of the unit a person means by a code or a name, as a list's unit filter gets it:
     * {@code 24}, {@code Bắc Ninh}, {@code bac ninh}, {@code Tỉnh Bắc Giang} (its name before 2025).
     * Of units sharing the name, the one that still exists is meant (Bắc Ninh is 24, into which the
     * old Bắc Ninh, 27, was merged), and of those the highest level (the province, not an agency
     * whose name ends with the province's). A name that names no unit, or several existing ones, is
     * refused as a problem of the field {@code unit}; null when nothing was given.
     */
    public String resolve(String typed) {
        if (Text.isBlank(typed)) {
            return null;
        }
        String text = typed.strip();
        if (exists(text)) {
            return text;
        }
        String folded = Text.fold(text);
        List<Unit> named = all().stream()
                .filter(u -> u.getCode().equalsIgnoreCase(text) || names(u, folded))
                .toList();
        List<Unit> existing = named.stream().filter(u -> !u.isDissolved()).toList();
        List<Unit> meant = highest(existing.size() == 1 ? existing : named);
        if (meant.size() == 1) {
            return meant.get(0).getCode();
        }
        throw new InvalidInputException(
                "unit", meant.isEmpty() ? "validation.unit.unknown" : "validation.unit.ambiguous");
    }

    /** Of units sharing a name, those of the highest level: "Bắc Giang" is the province, not its Sở. */
    private static List<Unit> highest(List<Unit> units) {
        int top = units.stream().mapToInt(u -> u.getLevel().ordinal()).min().orElse(0);
        return units.stream().filter(u -> u.getLevel().ordinal() == top).toList();
    }

    private static boolean names(Unit unit, String folded) {
        for (String name : new String[] {Text.fold(unit.getName()), Text.fold(unit.getNameBefore())}) {
            if (!name.isEmpty() && (name.equals(folded) || name.endsWith(" " + folded))) {
                return true;
            }
        }
        return false;
    }

    /** Units whose code or name matches a text, without regard to diacritics. */
    public List<Unit> search(String query) {
        String folded = Text.fold(query);
        return all().stream()
                .filter(u -> folded.isEmpty()
                        || u.getCode().equalsIgnoreCase(folded)
                        || Text.fold(u.getName()).contains(folded)
                        || Text.fold(u.getNameBefore()).contains(folded))
                .sorted(Comparator.comparing(Unit::getCode))
                .toList();
    }

    /**
     * The problems of a new agency or commune, by field: first the rules of every text ({@link
     * UnitData}'s Bean Validation: present, at most the column's length, no control character),
     * then, for a field those leave alone, a code of letters, digits, dots and dashes that no unit
     * has, the level AGENCY or COMMUNE, and a province as its parent. The API, the admins' page and
     * the dataset's units section all ask this.
     */
    public List<FieldProblem> check(UnitData data) {
        List<FieldProblem> problems = problems(validator.validate(data));
        java.util.Set<String> checked = new java.util.HashSet<>();
        problems.forEach(p -> checked.add(p.field()));
        if (!checked.contains("code")) {
            String code = data.code().trim();
            if (!code.matches("[A-Za-z0-9.\\-]{1,40}")) {
                problems.add(new FieldProblem("code", "unit.code.invalid"));
            } else if (exists(code)) {
                problems.add(new FieldProblem("code", "unit.code.taken"));
            }
        }
        if (!checked.contains("level") && data.level() != UnitLevel.AGENCY && data.level() != UnitLevel.COMMUNE) {
            problems.add(new FieldProblem("level", "unit.level.invalid"));
        }
        if (!checked.contains("parent")) {
            Optional<Unit> parent = find(data.parent());
            if (parent.isEmpty()) {
                problems.add(new FieldProblem("parent", "unit.parent.unknown"));
            } else if (parent.get().getLevel() != UnitLevel.PROVINCE) {
                problems.add(new FieldProblem("parent", "unit.parent.notProvince"));
            }
        }
        return problems;
    }

    /** The problems of a unit's new name: the rule of {@link UnitData#name()}. */
    public List<FieldProblem> checkName(String name) {
        return problems(validator.validateValue(UnitData.class, "name", name));
    }

    private static List<FieldProblem> problems(java.util.Set<ConstraintViolation<UnitData>> violations) {
        List<FieldProblem> problems = new ArrayList<>();
        violations.stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        return problems;
    }

    /**
     * Adds an agency or a commune under its province, or refuses it with its problems ({@link
     * #check}). Until the transaction commits, the unit is in the tree this transaction sees.
     */
    @Transactional
    public Unit add(UnitData data) {
        List<FieldProblem> problems = check(data);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Unit unit = repository.save(new Unit(
                data.code().trim(),
                data.name().trim(),
                data.level(),
                data.parent().trim()));
        remember(unit);
        return unit;
    }

    /** The agencies and communes of a scope, by code: a unit's part of the dataset document. */
    public List<UnitData> agenciesAndCommunes(UnitScope scope) {
        return all().stream()
                .filter(u -> u.getLevel() == UnitLevel.AGENCY || u.getLevel() == UnitLevel.COMMUNE)
                .filter(u -> scope.contains(u.getCode()))
                .map(UnitData::of)
                .toList();
    }

    @Transactional
    public void rename(String code, String name) {
        Unit unit = repository
                .findById(code == null ? "" : code.trim())
                .orElseThrow(() -> new NotFoundException("Unit " + code));
        if (unit.getLevel() == UnitLevel.COUNTRY || unit.getLevel() == UnitLevel.PROVINCE) {
            throw new InvalidInputException("code", "unit.rename.notAllowed");
        }
        List<FieldProblem> problems = checkName(name);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        unit.setName(name.trim());
    }
}
