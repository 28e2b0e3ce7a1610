package vn.doingoai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import vn.doingoai.common.CountryCode;
import vn.doingoai.common.PlainText;

/**
 * Every text of every data shape (the records the API, the pages and the dataset document read)
 * carries the one rule for texts ({@link PlainText}: the length of its column, no control
 * characters) or {@link CountryCode}: a new field without it would let a NUL or an over-long text
 * reach the database.
 */
class DataShapeRulesTests {

    @Test
    void everyTextOfEveryDataShapeHasItsRule() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.doingoai")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.getSimpleName().endsWith("Data")) {
                todo.add(type);
            }
        }
        assertThat(todo).hasSizeGreaterThan(10);
        Set<Class<?>> seen = new HashSet<>();
        List<String> missing = new ArrayList<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type) || !type.isRecord() || !type.getPackageName().startsWith("vn.doingoai")) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                Field field = type.getDeclaredField(component.getName());
                AnnotatedType annotated = field.getAnnotatedType();
                if (field.getType() == String.class && !ruled(field.getAnnotatedType())) {
                    missing.add(type.getSimpleName() + "." + component.getName());
                } else if (field.getGenericType() instanceof ParameterizedType list
                        && annotated instanceof AnnotatedParameterizedType parameterized) {
                    AnnotatedType item = parameterized.getAnnotatedActualTypeArguments()[0];
                    if (list.getActualTypeArguments()[0] == String.class && !ruled(item)) {
                        missing.add(type.getSimpleName() + "." + component.getName() + "[]");
                    } else if (list.getActualTypeArguments()[0] instanceof Class<?> c) {
                        todo.add(c);
                    }
                } else {
                    todo.add(field.getType());
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(seen).extracting(Class::getSimpleName).contains("MemberData", "Contact", "BridgePoint", "Money");
    }

    private static boolean ruled(AnnotatedType type) {
        return type.isAnnotationPresent(PlainText.class) || type.isAnnotationPresent(CountryCode.class);
    }
}
