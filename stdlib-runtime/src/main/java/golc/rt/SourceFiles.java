package golc.rt;

import java.lang.reflect.Method;

/** The Go source file of a stack frame of generated code, for panic traces and log's file:line. */
public final class SourceFiles {
    private SourceFiles() {}

    /** The Go file of frame e: its method's {@link GoSource}, else the class's SourceFile (null if none). */
    public static String fileOf(StackTraceElement e) {
        return fileOf(e.getClassName(), e.getMethodName(), e.getFileName());
    }

    /** The Go file of method {@code method} of class {@code className}, whose class SourceFile is {@code dflt}. */
    public static String fileOf(String className, String method, String dflt) {
        if (!className.startsWith("go.")) {
            return dflt;
        }
        Class<?> c;
        try {
            c = Class.forName(className, false, GoSource.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError x) {
            try {
                ClassLoader l = Thread.currentThread().getContextClassLoader();
                c = l == null ? null : Class.forName(className, false, l);
            } catch (ClassNotFoundException | LinkageError y) {
                c = null;
            }
        }
        if (c == null) {
            return dflt;
        }
        for (Method m : c.getDeclaredMethods()) {
            if (m.getName().equals(method)) {
                GoSource s = m.getAnnotation(GoSource.class);
                return s == null ? dflt : s.value();
            }
        }
        return dflt;
    }
}
