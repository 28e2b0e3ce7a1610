package vn.doingoai.common;

/** One problem with one field of the input: {@code delegations[3].startDate}, "must not be empty". */
public record FieldProblem(String field, String message) {}
