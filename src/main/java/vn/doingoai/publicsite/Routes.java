package vn.doingoai.publicsite;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The addresses of the public site, open without a sign-in ({@code web.SecurityConfig}). Served as
 * functional routes, not by a {@code @Controller}: none of the officers' pages' model (the signed-in
 * user, the CSRF token that would open a session for every visitor) is made for them.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    static final String PREFIX = "/p";

    @Bean
    RouterFunction<ServerResponse> publicSiteRoutes(PublicSite site) {
        return RouterFunctions.route()
                .GET(PREFIX, site::index)
                .GET("/sitemap.xml", site::sitemapIndex)
                .GET(PREFIX + "/{unit}", site::home)
                .GET(PREFIX + "/{unit}/news", site::news)
                .GET(PREFIX + "/{unit}/news.atom", site::feed)
                .GET(PREFIX + "/{unit}/news/{id}", site::item)
                .GET(PREFIX + "/{unit}/news/{id}/picture", site::picture)
                .GET(PREFIX + "/{unit}/partners", site::partners)
                .GET(PREFIX + "/{unit}/agreements/{id}", site::agreement)
                .GET(PREFIX + "/{unit}/investment", site::investment)
                .GET(PREFIX + "/{unit}/events", site::events)
                .GET(PREFIX + "/{unit}/contact", site::contact)
                .GET(PREFIX + "/{unit}/sitemap.xml", site::sitemap)
                .GET(PREFIX + "/**", site::notFound)
                .build();
    }
}
