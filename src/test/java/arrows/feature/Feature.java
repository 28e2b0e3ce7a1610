package arrows.feature;

/** A feature the kernel must not know. */
public record Feature(String name) {}
