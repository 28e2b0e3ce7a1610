package vn.doingoai.consular;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The API of one consular record type: list, create, read, replace with its version, delete. */
abstract class BookApi<D extends ConsularData> {

    private final Book<?, D> book;

    BookApi(Book<?, D> book) {
        this.book = book;
    }

    @GetMapping
    PageResponse<D> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), book.defaultSort());
        return PageResponse.of(book.list(new ConsularFilter(unit, q, from, to, country, status), pageable), d -> d);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    D create(@Valid @RequestBody D data) {
        return book.create(data);
    }

    @GetMapping("/{id}")
    D get(@PathVariable Long id) {
        return book.read(id);
    }

    @PutMapping("/{id}")
    D update(@PathVariable Long id, @Valid @RequestBody D data) {
        return book.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        book.delete(id);
    }
}
