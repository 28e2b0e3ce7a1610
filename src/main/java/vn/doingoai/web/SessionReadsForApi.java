package vn.doingoai.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Lets a logged-in person follow a page's link into the API (a report's Word file, the IATI export)
 * with their session, for reading only: GET and HEAD requests use the session's login; anything
 * that changes data needs HTTP Basic, so a forged cross-site request gets nothing from the session.
 */
final class SessionReadsForApi implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionReadsForApi() {
        session.setAllowSessionCreation(false);
    }

    private static boolean reads(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (reads(request)) {
            return session.loadDeferredContext(request);
        }
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return holder.createEmptyContext();
            }

            @Override
            public boolean isGenerated() {
                return true;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(
            org.springframework.security.web.context.HttpRequestResponseHolder holderOfRequest) {
        return loadDeferredContext(holderOfRequest.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // The API never writes the session.
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return reads(request) && session.containsContext(request);
    }
}
