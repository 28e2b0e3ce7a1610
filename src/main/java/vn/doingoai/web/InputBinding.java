package vn.doingoai.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import vn.doingoai.common.NumberInput;

/**
 * How input is read, in one place for every page and the API.
 *
 * <ul>
 *   <li>The pages' numbers ({@code BigDecimal} and {@code Integer} fields of every form) go through
 *       {@link NumberInput}: {@code 1.234,5} and {@code 1234.5} alike, an ambiguous or malformed
 *       number refused as a binding error of its field, with the text as typed kept.
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
