package golc.lower;

import golc.syntax.Node;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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

    private AstWalk() {}

    static void walk(Node n, Visitor v) {
        if (n == null || !v.enter(n)) return;
        for (Field f : n.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
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
