package vn.doingoai.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, each under its own URL prefix, with versioned URLs and long-lived caching.
 *
 * <p>Every URL a template writes ({@code @{...}}) passes through Spring's {@code
 * ResourceUrlEncodingFilter}, which asks each resource handler whose pattern matches the URL to
 * resolve it. Boot's default handler matches {@code /**}, so every link of every page ({@code
 * /partners?unit=19}) was looked for in four class-path folders on every render, and a miss is
 * never remembered: two thirds of a list page's CPU under load. Here only {@code /webjars/**},
 * {@code /css/**}, {@code /js/**} and {@code /img/**} are resource URLs (Boot's own mappings are
 * off: {@code spring.web.resources.add-mappings=false}); the resolution of each is cached by the
 * resource chain.
 *
 * <p>Our own files get a content hash in their name ({@code /css/app-3f2a....css}), the webjars
 * their version ({@code /webjars/bootstrap/5.3.8/...}), so a changed file has a new URL and every
 * file can be cached for a year as immutable. A new static folder needs its line here.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** URL patterns of the static files; the security chain of static files uses them too. */
    static final String[] PATTERNS = {"/webjars/**", "/css/**", "/js/**", "/img/**"};

    static final CacheControl FOR_A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FOR_A_YEAR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(FOR_A_YEAR)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }
}
