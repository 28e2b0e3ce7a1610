package vn.doingoai.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For templates: {@code ${@texts.of(problem.message)}} shows a message key's text in the current
 * language, or the text itself when it is not a key.
 */
@Component("texts")
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** A country's name in the current language: {@code ${@texts.country('LA')}} → Lào. */
    public String country(String code) {
        return vn.doingoai.common.Countries.name(code, LocaleContextHolder.getLocale());
    }

    public String of(String keyOrText) {
        return keyOrText == null
                ? ""
                : messages.getMessage(keyOrText, null, keyOrText, LocaleContextHolder.getLocale());
    }
}
