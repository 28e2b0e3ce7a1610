package vn.doingoai.letter;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of letters ({@code /api/v1/letters/{id}/history}) is read with their unit's read right. */
@Component
class LetterHistory extends HistoryReadRight {

    LetterHistory(Access access) {
        super("letters", "letter", access::checkRead);
    }
}
