package vn.doingoai.common;

/** The record asked for does not exist (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
