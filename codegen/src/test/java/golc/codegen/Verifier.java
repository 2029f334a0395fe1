package golc.codegen;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * The check every codegen test runs on what it generated: ASM's CheckClassAdapter (structure plus a data-flow
 * verification of each method), then loading and linking every class in a fresh class loader so that the
 * JVM's own verifier runs too.
 */
final class Verifier {
    private Verifier() {}

    /** A loader that defines the generated classes and delegates everything else (runtime, JDK) to its parent. */
    static final class GeneratedLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        GeneratedLoader(Map<String, byte[]> classes) {
            super(Verifier.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name.replace('.', '/'));
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }

    /** Verifies every class and returns the loader holding them, linked (verified) but not initialised. */
    static GeneratedLoader verifyAndLoad(Map<String, byte[]> classes) {
        GeneratedLoader loader = new GeneratedLoader(classes);
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            StringWriter sw = new StringWriter();
            try {
                CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(sw));
            } catch (RuntimeException ex) {
                fail("CheckClassAdapter rejected " + e.getKey() + ": " + ex + "\n" + dump(e.getValue()));
            }
            if (!sw.toString().isEmpty()) {
                fail("CheckClassAdapter rejected " + e.getKey() + ":\n" + sw + "\n" + dump(e.getValue()));
            }
        }
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            try {
                Class<?> c = Class.forName(e.getKey().replace('/', '.'), false, loader);
                // Reflecting on the methods links the class, which runs the JVM verifier without initialising it.
                c.getDeclaredMethods();
            } catch (ClassNotFoundException | LinkageError ex) {
                fail("JVM rejected " + e.getKey() + ": " + ex + "\n" + dump(e.getValue()));
            }
        }
        return loader;
    }

    /** The class as text, for failure messages. */
    static String dump(byte[] b) {
        StringWriter sw = new StringWriter();
        new ClassReader(b).accept(new org.objectweb.asm.util.TraceClassVisitor(new PrintWriter(sw)), 0);
        return sw.toString();
    }
}
