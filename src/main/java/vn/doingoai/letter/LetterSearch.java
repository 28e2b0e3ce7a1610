package vn.doingoai.letter;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** Letters in the global search: by subject and partner names. */
@Component
class LetterSearch extends RecordSearch<Letter> {

    LetterSearch(LetterRepository repository, HitText text) {
        super("nav.letters", "/letters/", repository, Sort.by(Sort.Direction.DESC, "date"), text);
    }

    @Override
    protected Function<Letter, Hit> shown(List<Letter> found) {
        return l -> new Hit(l.getSubject(), text.unit(l.getUnitCode()) + " · " + text.date(l.getDate()));
    }
}
