package vn.doingoai.config;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;

/**
 * The order of the start (docs/benchmark.md, "session 7: start"). Hibernate starts on a background
 * thread while the web layer is made ({@code spring.data.jpa.repositories.bootstrap-mode=deferred});
 * the repositories, which need it, are made after every other bean and before the application
 * reports ready.
 *
 * <p>Spring Data arranges that at start-up: the books and controllers get a lazy reference to their
 * repository, the repository itself is made afterwards. The jar starts from the bean definitions
 * prepared ahead of time ({@link AheadOfTime}), where that step does not run, so every controller
 * made its repository at once and the start waited there for Hibernate with most beans still to
 * make. This does the same step for both starts. Spring Data's mapping context, which needs
 * Hibernate's metamodel, is likewise made when the repositories first need it.
 */
@Configuration(proxyBeanMethods = false)
class StartUp {

    static final String JPA_MAPPING_CONTEXT = "jpaMappingContext";

    @Bean
    static BeanFactoryPostProcessor repositoriesAfterTheWebLayer() {
        return beanFactory -> {
            if (beanFactory.containsBeanDefinition(JPA_MAPPING_CONTEXT)) {
                beanFactory.getBeanDefinition(JPA_MAPPING_CONTEXT).setLazyInit(true);
            }
            if (beanFactory instanceof DefaultListableBeanFactory factory) {
                factory.setAutowireCandidateResolver(new LazyRepositories());
            }
        };
    }

    /**
     * Makes every repository once the other beans exist, before the server opens its port: an error
     * in a repository still stops the start, and no request pays for making one (in the jar, where
     * Spring Data's own step for this does not run either).
     */
    @Bean
    SmartInitializingSingleton repositoriesBeforeReady(ListableBeanFactory beans) {
        return () -> beans.getBeansOfType(Repository.class);
    }

    /** A repository is injected as a lazy reference, resolved at its first call. */
    static final class LazyRepositories extends ContextAnnotationAutowireCandidateResolver {

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            return Repository.class.isAssignableFrom(descriptor.getDependencyType()) || super.isLazy(descriptor);
        }
    }
}
