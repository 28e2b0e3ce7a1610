package vn.doingoai.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.user.CurrentUser;

/** What the layout shows on every page: the current user and their unit. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final Access access;
    private final Units units;

    LayoutModel(Access access, Units units) {
        this.access = access;
        this.units = units;
    }

    /**
     * Loads the deferred CSRF token before rendering starts: a fragment (htmx) with a POST form
     * would otherwise create the session after the response was committed.
     */
    @ModelAttribute
    void loadCsrfToken(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName())
                instanceof org.springframework.security.web.csrf.CsrfToken token) {
            token.getToken();
        }
    }

    @ModelAttribute("me")
    CurrentUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        return access.current();
    }

    /** The same page in the other language. */
    @ModelAttribute("otherLanguageLink")
    String otherLanguageLink(java.util.Locale locale) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("lang", "en".equals(locale.getLanguage()) ? "vi" : "en")
                .build()
                .toUriString();
    }

    /** The layout's attributes, for a view that the advice does not reach (an error page). */
    void addTo(org.springframework.web.servlet.ModelAndView view) {
        try {
            view.addObject("me", me());
            view.addObject("myUnitName", myUnitName());
        } catch (RuntimeException unknownUser) {
            // an error page never fails for want of its menu
        }
        view.addObject(
                "otherLanguageLink",
                otherLanguageLink(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    @ModelAttribute("myUnitName")
    String myUnitName() {
        CurrentUser me = me();
        return me == null
                ? null
                : units.find(me.unitCode()).map(u -> u.getName()).orElse(me.unitCode());
    }
}
