package vn.doingoai.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese by default, English with {@code ?lang=en} (remembered in a cookie). */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("doingoai-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(KeptAnswers.MARK);
    }

    /**
     * Every module keeps its texts in {@code i18n/<module>.properties} (Vietnamese) and {@code
     * i18n/<module>_en.properties} (English); all of them are found on the class path.
     */
    @Bean
    MessageSource messageSource() throws IOException {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        TreeSet<String> basenames = new TreeSet<>();
        for (Resource resource :
                new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String name = resource.getFilename();
            if (name != null && !name.contains("_")) {
                basenames.add("classpath:i18n/" + name.substring(0, name.length() - ".properties".length()));
            }
        }
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }
}
