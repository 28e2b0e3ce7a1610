package vn.doingoai.web;

import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.doingoai.common.PageResponse;
import vn.doingoai.common.RecordService;

/**
 * The API of a record type ({@code API.md}, "Records one by one"): {@code GET} a page of the list
 * its filter selects ({@code {"items", "page", "size", "total"}}), {@code POST} (201), {@code GET
 * /{id}}, {@code PUT /{id}} with the version read (409 when stale), {@code DELETE /{id}} (204). A
 * module declares its resource and its order:
 *
 * <pre>{@code
 * @RestController
 * @RequestMapping("/api/v1/events")
 * class EventApiController extends RecordApi<EventData, EventFilter> {
 *     EventApiController(EventBook events) {
 *         super(events, Sort.by(Sort.Direction.DESC, "startDate", "id"));
 *     }
 * }
 * }</pre>
 *
 * The filter record is bound from the query parameters of the same names; {@code page} and {@code
 * size} page it (at most {@code spring.data.web.pageable.max-page-size}, 500).
 *
 * @param <D> the data shape
 * @param <F> the list's filter
 */
public abstract class RecordApi<D, F> {

    protected final RecordService<D, F> records;
    private final Sort order;

    /** @param order the list's order when the request asks for none */
    protected RecordApi(RecordService<D, F> records, Sort order) {
        this.records = records;
        this.order = order;
    }

    @GetMapping
    @KeptAnswer
    public PageResponse<D> list(
            F filter,
            Pageable pageable,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging.checkRequested(page, size);
        return PageResponse.of(records.list(filter, Paging.ordered(pageable, order)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public D create(@Valid @RequestBody D data) {
        return records.create(data);
    }

    @GetMapping("/{id}")
    @KeptAnswer
    public D read(@PathVariable Long id) {
        return records.read(id);
    }

    @PutMapping("/{id}")
    public D update(@PathVariable Long id, @Valid @RequestBody D data) {
        return records.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable Long id) {
        records.delete(id);
    }
}
