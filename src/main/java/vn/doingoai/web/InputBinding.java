package vn.doingoai.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import vn.doingoai.common.DateInput;
import vn.doingoai.common.NumberInput;

/**
 * How input is read, in one place for every page and the API.
 *
 * <ul>
 *   <li>The pages' numbers ({@code BigDecimal} and {@code Integer} fields of every form) go through
 *       {@link NumberInput}: {@code 1.234,5} and {@code 1234.5} alike, an ambiguous or malformed
 *       number refused as a binding error of its field, with the text as typed kept.
 *   <li>The pages' dates (every {@code LocalDate} of a form, a filter or a parameter) go through
 *       {@link DateInput}: {@code 10/6/2021}, {@code 10/06/2021} or {@code 2021-06-10}; shown as
 *       {@code 10/06/2021}.
 *   <li>JSON dates are ISO strings only: {@code "startDate": 123} is refused with its path instead
 *       of becoming the 123rd day after 1970.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class InputBinding implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new Typed<>(NumberInput::parse));
        registry.addFormatterForFieldType(Integer.class, new Typed<>(NumberInput::parseInteger));
        // Dates typed 10/6/2021 (or 2021-06-10, the form of links), also where a field or a request
        // parameter is annotated @DateTimeFormat(iso = DATE): registered after Spring's, so it wins.
        registry.addFormatterForFieldType(LocalDate.class, new Dates());
        registry.addFormatterForFieldAnnotation(new DatesAnnotated());
    }

    /** A date field of a form or a filter: read by {@link DateInput}, shown as {@code 10/06/2021}. */
    private static final class Dates implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) {
            return DateInput.parse(text);
        }

        @Override
        public String print(LocalDate value, Locale locale) {
            return DateInput.print(value);
        }
    }

    private static final class DatesAnnotated implements AnnotationFormatterFactory<DateTimeFormat> {

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(LocalDate.class);
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return new Dates();
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            return new Dates();
        }
    }

    @Bean
    JsonMapperBuilderCustomizer datesAreIsoStrings() {
        return builder -> builder.withCoercionConfig(
                LogicalType.DateTime, dates -> dates.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }

    /** A number field of a form: read by {@link NumberInput}, shown the way the pages write numbers. */
    private record Typed<T extends Number>(Function<String, T> reader) implements Formatter<T> {

        @Override
        public T parse(String text, Locale locale) throws ParseException {
            return reader.apply(text);
        }

        @Override
        public String print(T value, Locale locale) {
            return NumberInput.print(value);
        }
    }
}
