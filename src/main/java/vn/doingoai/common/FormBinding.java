package vn.doingoai.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What a page's form binding could not read (a malformed number or date, a value that is none of a
 * choice's): a problem beside each such field with its reason, and its text as typed, which the
 * form shows again ({@code typed}). {@code web.Forms.save} starts from it; the pages of a module
 * below {@code web} (users, units) save through {@link #save} alone.
 *
 * @param problems a problem per field not read
 * @param typed each such field's text as it was typed
 */
public record FormBinding(List<FieldProblem> problems, Map<String, String> typed) {

    public static FormBinding of(BindingResult binding) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), message(error, fieldType(binding, error))));
            typed.put(error.getField(), text(error.getRejectedValue()));
        }
        return new FormBinding(problems, typed);
    }

    /**
     * Writes the form when every field was read; else, or when the write refuses it ({@link
     * InvalidInputException}), puts the form as it was read, the problems beside their fields and
     * what was typed in the model ({@code problems}, {@code typed}) and is empty, for the page to
     * show the form again.
     */
    public static <R> Optional<R> save(Object form, BindingResult binding, Model model, Supplier<R> write) {
        FormBinding read = of(binding);
        List<FieldProblem> problems = new ArrayList<>(read.problems());
        if (problems.isEmpty()) {
            try {
                return Optional.of(write.get());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        // a form the binding could not read all of is in the model as null: show it as it was read
        model.addAttribute(binding.getObjectName(), form);
        model.addAttribute("problems", problems);
        model.addAttribute("typed", read.typed());
        return Optional.empty();
    }

    /** Why a value could not be read ({@link NumberInput}'s or {@link DateInput}'s reason), else that it is unreadable. */
    private static String message(FieldError error, Class<?> type) {
        Throwable cause = error.contains(Throwable.class) ? error.unwrap(Throwable.class) : null;
        for (; cause != null; cause = cause.getCause()) {
            if (cause instanceof NumberInput.Refused refused) {
                return refused.key();
            }
        }
        try {
            if (type == Integer.class || type == int.class) {
                NumberInput.parseInteger(text(error.getRejectedValue()));
            } else if (type == BigDecimal.class) {
                NumberInput.parse(text(error.getRejectedValue()));
            } else if (type == LocalDate.class) {
                return DateInput.UNREADABLE;
            }
        } catch (NumberInput.Refused refused) {
            return refused.key();
        }
        return "problem.unreadable.field";
    }

    private static Class<?> fieldType(BindingResult binding, FieldError error) {
        try {
            return binding.getFieldType(error.getField());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(Object rejected) {
        if (rejected instanceof String[] values) {
            return String.join(",", values);
        }
        return rejected == null ? "" : rejected.toString();
    }
}
