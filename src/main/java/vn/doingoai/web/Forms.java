package vn.doingoai.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.FormBinding;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NumberInput;
import vn.doingoai.common.StaleVersionException;

/**
 * The one way a page saves its form, so that the pages check exactly what the API checks and never
 * lose what was typed:
 *
 * <ol>
 *   <li>a field the binding could not read (a malformed number) is a problem beside it, and its
 *       text as typed is shown again ({@code typed});
 *   <li>the record is validated with the same Bean Validation as the API and the dataset document
 *       (lengths of the columns, control characters, amounts that fit, counts not negative);
 *   <li>only then is it written; the service's own problems are shown beside their fields;
 *   <li>a write on a stale version shows the form again as typed, with the record's current values
 *       beside the fields that someone else changed ({@code current}) and the current version in
 *       the form, so that saving again saves over it.
 * </ol>
 *
 * A form whose fields are not named like the record's (the FDI and aid forms' flat money fields)
 * passes how a record's path is named on the form.
 */
@Component
public class Forms {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
    }

    /** Saves a form posted as the record itself; empty when the form must be shown again. */
    public <D, R> Optional<R> save(
            D data, BindingResult binding, Model model, Function<D, R> write, Supplier<D> current) {
        return save(data, data, UnaryOperator.identity(), binding, model, write, current);
    }

    /** Saves a form that makes the record {@code data}, its fields named {@code field.apply(path of the record)}. */
    public <D, R> Optional<R> save(
            Object form,
            D data,
            UnaryOperator<String> field,
            BindingResult binding,
            Model model,
            Function<D, R> write,
            Supplier<D> current) {
        FormBinding read = FormBinding.of(binding);
        List<FieldProblem> problems = new ArrayList<>(read.problems());
        Map<String, String> typed = read.typed();
        for (ConstraintViolation<D> violation : validator.validate(data)) {
            String path = field.apply(path(violation));
            if (!typed.containsKey(path) && !leftBlank(violation.getLeafBean())) {
                problems.add(new FieldProblem(path, violation.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            try {
                return Optional.of(write.apply(data));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new FieldProblem(field.apply(p.field()), p.message())));
            } catch (StaleVersionException | OptimisticLockingFailureException e) {
                stale(data, field, current.get(), model);
            }
        }
        // A form the binding could not read all of is in the model as null: show it as it was typed.
        model.addAttribute(binding.getObjectName(), form);
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        return Optional.empty();
    }

    /** The redirect after a save, with "Đã lưu." on the next page. */
    public static String saved(RedirectAttributes redirect, String path) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + path;
    }

    private static <D> void stale(D typed, UnaryOperator<String> field, D current, Model model) {
        Map<String, String> mine = flatten("", typed);
        Map<String, String> theirs = flatten("", current);
        Set<String> paths = new LinkedHashSet<>(theirs.keySet());
        paths.addAll(mine.keySet());
        Map<String, String> changed = new LinkedHashMap<>();
        for (String path : paths) {
            if (!Objects.equals(mine.get(path), theirs.get(path))) {
                changed.put(field.apply(path), theirs.getOrDefault(path, "—"));
            }
        }
        model.addAttribute("current", changed);
        model.addAttribute("currentVersion", theirs.get("version"));
    }

    /** A record's values as the form shows them, by path: {@code capital.amount} → {@code 1.234,5}. */
    private static Map<String, String> flatten(String prefix, Object value) {
        Map<String, String> values = new LinkedHashMap<>();
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Object part = component.getAccessor().invoke(record);
                    values.putAll(flatten(prefix + component.getName() + ".", part));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof Collection<?> list && list.stream().anyMatch(Record.class::isInstance)) {
            int i = 0;
            for (Object item : list) {
                values.putAll(flatten(prefix.substring(0, prefix.length() - 1) + "[" + i++ + "].", item));
            }
        } else if (!prefix.isEmpty()) {
            values.put(prefix.substring(0, prefix.length() - 1), shown(value));
        }
        return values;
    }

    private static String shown(Object value) {
        if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
            return "—";
        }
        if (value instanceof BigDecimal || value instanceof Integer || value instanceof Long) {
            return NumberInput.print((Number) value);
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Forms::shown).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /**
     * Whether a problem is of a row the form offered and the officer left empty (a member, a bridge
     * point, a contact): the services skip such rows ({@code isBlank()}), so they are not checked.
     */
    private static boolean leftBlank(Object row) {
        if (!(row instanceof Record)) {
            return false;
        }
        try {
            java.lang.reflect.Method blank = row.getClass().getDeclaredMethod("isBlank");
            blank.setAccessible(true);
            return Boolean.TRUE.equals(blank.invoke(row));
        } catch (NoSuchMethodException e) {
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The violation's path as the form names fields: {@code partners[1]}, not {@code partners[1].<list element>}. */
    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", "");
    }
}
