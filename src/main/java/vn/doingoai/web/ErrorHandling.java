package vn.doingoai.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.JsonPaths;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.StaleVersionException;

/**
 * Every error becomes an RFC 9457 problem on the API ({@code application/problem+json}, with {@code
 * errors[]} naming each field) or a readable error page. Never a stack trace.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;
    private final LayoutModel layout;

    ErrorHandling(MessageSource messages, LayoutModel layout) {
        this.messages = messages;
        this.layout = layout;
    }

    @ExceptionHandler(Exception.class)
    Object handle(Exception exception, HttpServletRequest request) throws Exception {
        if (exception instanceof AuthenticationException) {
            throw exception; // the security filters answer 401 or send to the login page
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(exception)) {
            log.debug("The client left before the answer to {} {}", request.getMethod(), request.getRequestURI());
            return new ModelAndView(); // nobody to answer: nothing to write
        }
        if (lostARace(exception)) {
            // Two transactions wrote the same records at once (parallel imports of one document):
            // the database kept the first; the other is rolled back whole and told to try again.
            log.info(
                    "{} {} answered 409: another transaction wrote the same records at the same moment",
                    request.getMethod(),
                    request.getRequestURI());
            log.debug("The conflict", exception);
            return respond(
                    HttpStatus.CONFLICT,
                    text("problem.concurrent", LocaleContextHolder.getLocale()),
                    List.of(),
                    request);
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> problems = new ArrayList<>();
        HttpStatusCode status;
        String detail;
        if (exception instanceof InvalidInputException e) {
            status = HttpStatus.BAD_REQUEST;
            detail = text("problem.invalid", locale);
            e.problems().forEach(p -> problems.add(p.withMessage(text(p.message(), locale))));
        } else if (exception instanceof BindException e) {
            status = HttpStatus.BAD_REQUEST;
            detail = text("problem.invalid", locale);
            e.getFieldErrors()
                    .forEach(f -> problems.add(new FieldProblem(f.getField(), messages.getMessage(f, locale))));
            e.getGlobalErrors()
                    .forEach(g -> problems.add(new FieldProblem(g.getObjectName(), messages.getMessage(g, locale))));
        } else if (exception instanceof HttpMessageNotReadableException e) {
            status = HttpStatus.BAD_REQUEST;
            detail = text("problem.unreadable", locale);
            if (e.getCause() instanceof JacksonException je) {
                String path = JsonPaths.of(je);
                problems.add(
                        new FieldProblem(path.isEmpty() ? "body" : path, text("problem.unreadable.field", locale)));
            }
        } else if (exception instanceof org.springframework.data.core.PropertyReferenceException e) {
            status = HttpStatus.BAD_REQUEST;
            detail = text("problem.invalid", locale);
            problems.add(new FieldProblem("sort", text("problem.unreadable.field", locale)));
        } else if (exception instanceof MethodArgumentTypeMismatchException e) {
            status = HttpStatus.BAD_REQUEST;
            detail = text("problem.invalid", locale);
            problems.add(new FieldProblem(e.getName(), text("problem.unreadable.field", locale)));
        } else if (exception instanceof NotFoundException) {
            status = HttpStatus.NOT_FOUND;
            detail = text("problem.notFound", locale);
        } else if (exception instanceof StaleVersionException
                || exception instanceof OptimisticLockingFailureException) {
            status = HttpStatus.CONFLICT;
            detail = text("problem.stale", locale);
        } else if (exception instanceof DataIntegrityViolationException) {
            status = HttpStatus.CONFLICT;
            detail = text("problem.conflict", locale);
        } else if (exception instanceof AccessDeniedException || exception instanceof AuthorizationDeniedException) {
            status = HttpStatus.FORBIDDEN;
            detail = text("problem.forbidden", locale);
        } else if (exception instanceof MaxUploadSizeExceededException) {
            status = HttpStatus.CONTENT_TOO_LARGE;
            detail = text("problem.tooLarge", locale);
        } else if (exception instanceof org.springframework.web.multipart.MultipartException) {
            status = HttpStatus.BAD_REQUEST; // a multipart body that cannot be read
            detail = text("problem.unreadable", locale);
        } else if (exception instanceof ErrorResponse e) {
            status = e.getStatusCode();
            detail = status.value() == 404
                    ? text("problem.notFound", locale)
                    : e.getBody().getDetail();
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            detail = text("problem.unexpected", locale);
            log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), exception);
        }
        return respond(status, detail, problems, request);
    }

    private Object respond(
            HttpStatusCode status, String detail, List<FieldProblem> problems, HttpServletRequest request) {
        if (isApi(request)) {
            return problem(status, detail, problems, request);
        }
        ModelAndView page = page(status, detail, problems);
        if (Htmx.isHtmx(request)) {
            page.setViewName("error/page :: problem"); // a list's filter: the problem where the rows were
        }
        return page;
    }

    private static final HibernateJpaDialect DIALECT = new HibernateJpaDialect();

    /**
     * Whether a write failed because another transaction wrote the same unique key or held a lock
     * it needed at the same moment: Hibernate's exceptions from a flush are not translated by Spring
     * (only repositories' are), so they are translated here the way a repository would.
     */
    static boolean lostARace(Exception exception) {
        DataAccessException translated = exception instanceof DataAccessException d
                ? d
                : exception instanceof RuntimeException r ? DIALECT.translateExceptionIfPossible(r) : null;
        return translated instanceof DuplicateKeyException
                || translated instanceof PessimisticLockingFailureException
                || (translated instanceof DataIntegrityViolationException && uniqueViolation(translated));
    }

    /** SQL state 23505, a unique key written twice (PostgreSQL and H2 alike). */
    private static boolean uniqueViolation(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpStatusCode status, String detail, List<FieldProblem> problems, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setInstance(URI.create(request.getRequestURI()));
        if (!problems.isEmpty()) {
            body.setProperty("errors", problems);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private ModelAndView page(HttpStatusCode status, String detail, List<FieldProblem> problems) {
        ModelAndView view = new ModelAndView("error/page");
        layout.addTo(view); // the menu: an exception handler's view gets no model attributes of the advice
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("detail", detail);
        view.addObject("problems", problems);
        return view;
    }

    private String text(String keyOrText, Locale locale) {
        return messages.getMessage(keyOrText, null, keyOrText, locale);
    }
}
