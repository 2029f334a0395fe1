package golc.lower;

import golc.syntax.Node;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * A generic pre/post-order walk over syntax trees. The AST classes are plain classes with public final
 * child fields, so reflection finds the children without a hand-written visitor per node kind.
 */
final class AstWalk {
    interface Visitor {
        /** Returns false to skip the children of n. */
        boolean enter(Node n);

        default void exit(Node n) {}
    }

    /**
     * Per AST class, the fields that may hold a child (a Node or a List), in {@link Class#getFields()} order.
     * {@code getFields()} copies its array on every call, which made this walk a hot spot of lowering; the
     * fields of a class never change, so they are looked up once per class (ClassValue: per class, no
     * mutable state of ours).
     */
    private static final ClassValue<Field[]> CHILD_FIELDS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            List<Field> out = new ArrayList<>();
            for (Field f : type.getFields()) {
                if (Modifier.isStatic(f.getModifiers())) continue;
                Class<?> t = f.getType();
                // Fields of other types (String, Token, Pos, int...) can hold neither a Node nor a List.
                if (Node.class.isAssignableFrom(t) || t.isAssignableFrom(Node.class)
                        || List.class.isAssignableFrom(t) || t.isAssignableFrom(List.class)) {
                    out.add(f);
                }
            }
            return out.toArray(new Field[0]);
        }
    };

    private AstWalk() {}

    static void walk(Node n, Visitor v) {
        if (n == null || !v.enter(n)) return;
        for (Field f : CHILD_FIELDS.get(n.getClass())) {
            Object child;
            try {
                child = f.get(n);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (child instanceof Node c) {
                walk(c, v);
            } else if (child instanceof List<?> l) {
                for (Object o : l) if (o instanceof Node c) walk(c, v);
            }
        }
        v.exit(n);
    }
}
