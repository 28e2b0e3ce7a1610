package vn.doingoai.backup;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refused backup or restore that is not a field's problem: 409 (the installation holds records), 413. */
class BackupProblem extends ErrorResponseException {

    BackupProblem(HttpStatus status, String detail) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    String detail() {
        return getBody().getDetail();
    }
}
