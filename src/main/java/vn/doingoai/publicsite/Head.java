package vn.doingoai.publicsite;

/**
 * What a public page says of itself in its {@code <head>}: its title, its description and Open Graph
 * type, its picture (an absolute address, or null) and its place in the site ({@code /news/5}), from
 * which the canonical address and the {@code hreflang} alternates are made.
 */
public record Head(String title, String description, String type, String image, String sub) {

    static Head of(String title, String description, String sub) {
        return new Head(title, description, "website", null, sub);
    }
}
