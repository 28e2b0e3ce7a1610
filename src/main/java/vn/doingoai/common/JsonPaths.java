package vn.doingoai.common;

import tools.jackson.core.JacksonException;

/** The path of a JSON reading problem, as {@code delegations[3].startDate}. */
public final class JsonPaths {

    private JsonPaths() {}

    public static String of(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
