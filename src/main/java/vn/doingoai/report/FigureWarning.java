package vn.doingoai.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import vn.doingoai.money.CurrencySum;
import vn.doingoai.money.Money;
import vn.doingoai.money.VietnameseFormat;

/**
 * Something the figures could not include, as a message key of {@code i18n/report*.properties} and
 * its arguments, written in the reader's language when the summary is ({@link #text}): a page, the
 * API (in the request's language, Vietnamese by default), the workbook. The arguments are written
 * as pages write them: a {@link LocalDate} {@code 02/05/2012}, {@link Money} {@code 100 EUR} (in
 * the language's digits), a {@link Figure} by its label and key.
 *
 * @param key the message key, or null for a text given as is (the same in every language)
 * @param arguments the message's arguments (for a text as is: the text)
 */
public record FigureWarning(String key, List<Object> arguments) {

    /** A figure named in a warning: written as its label and its key, {@code Vốn đăng ký (fdi.capital.registered)}. */
    public record Figure(String key) {}

    public FigureWarning {
        arguments = List.copyOf(arguments);
    }

    public static FigureWarning of(String key, Object... arguments) {
        return new FigureWarning(key, List.of(arguments));
    }

    /** A warning given as a text, written the same in every language. */
    public static FigureWarning text(String text) {
        return new FigureWarning(null, List.of(text));
    }

    /** The amount of a currency on a date that has no rate: left out of {@code figureKey}. */
    public static FigureWarning noRate(String figureKey, CurrencySum.Group group) {
        return of(
                "report.warning.noRate",
                new Figure(figureKey),
                group.currency(),
                group.date(),
                new Money(group.amount(), group.currency()));
    }

    /** The warning in a language. */
    public String text(MessageSource messages, Locale locale) {
        if (key == null) {
            return String.valueOf(arguments.get(0));
        }
        Object[] written =
                arguments.stream().map(a -> write(a, messages, locale)).toArray();
        return messages.getMessage(key, written, key, locale);
    }

    private static String write(Object argument, MessageSource messages, Locale locale) {
        if (argument instanceof LocalDate date) {
            return VietnameseFormat.date(date);
        } else if (argument instanceof Money money) {
            return VietnameseFormat.amount(money.amount(), money.currency(), locale);
        } else if (argument instanceof BigDecimal number) {
            return VietnameseFormat.number(number, locale);
        } else if (argument instanceof Figure figure) {
            String label = messages.getMessage("figure." + figure.key(), null, null, locale);
            return label == null ? figure.key() : label + " (" + figure.key() + ")";
        }
        return String.valueOf(argument);
    }

    /**
     * The warning in no language, for logs and tests: the text as is, or the key and its arguments
     * ({@code report.warning.noRate: aid.committed, BTN, 2016-06-01, 1000 BTN}).
     */
    @Override
    public String toString() {
        if (key == null) {
            return String.valueOf(arguments.get(0));
        }
        return key + ": " + arguments.stream().map(FigureWarning::plain).collect(Collectors.joining(", "));
    }

    private static String plain(Object argument) {
        if (argument instanceof Money money) {
            return money.amount().stripTrailingZeros().toPlainString() + " " + money.currency();
        } else if (argument instanceof Figure figure) {
            return figure.key();
        }
        return String.valueOf(argument);
    }
}
