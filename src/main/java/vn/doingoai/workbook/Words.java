package vn.doingoai.workbook;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The texts of a workbook, in one language. */
record Words(MessageSource messages, Locale locale) {

    String of(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
    }

    /** The text of the first key found, or null. */
    String first(String... keys) {
        for (String key : keys) {
            String text = messages.getMessage(key, null, null, locale);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
