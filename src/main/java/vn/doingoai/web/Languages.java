package vn.doingoai.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page's language asked with {@code ?lang=}, read as the locale interceptor of {@link WebConfig}
 * reads it (an unreadable one is ignored), for the answers given again before the dispatcher
 * ({@link KeptAnswers}, the public site's cached answers).
 */
public final class Languages {

    private Languages() {}

    /** The language {@code ?lang=} asks for; empty when there is none or it cannot be read. */
    public static Optional<Locale> asked(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(StringUtils.parseLocale(lang));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** Remembers the language asked for (its cookie), as the locale interceptor does. */
    public static void rememberAsked(LocaleResolver locales, HttpServletRequest request, HttpServletResponse response) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            try {
                locales.setLocale(request, response, StringUtils.parseLocale(lang)); // an empty one: the default again
            } catch (IllegalArgumentException unreadable) {
                // ignored, as by the interceptor
            }
        }
    }
}
