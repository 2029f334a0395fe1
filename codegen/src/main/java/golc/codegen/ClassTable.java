package golc.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;

/**
 * What codegen knows about the class hierarchy, so that frame computation never loads a class.
 *
 * <p>Classes golc generates are declared here as they are planned (before their bytes exist). Classes of the
 * runtime and the JDK are described by reading their class files as resources, which parses bytes but never
 * defines or initialises a class: a user program's classes may not even be loadable in the compiler.
 */
public final class ClassTable {
    /** Super class, interfaces, and whether the class is an interface. */
    public record Info(String name, String superName, List<String> interfaces, boolean isInterface) {}

    private final Map<String, Info> infos = new HashMap<>();
    private final ClassLoader resources;
    /** Answers for generated classes not declared one by one (e.g. classes requested during generation). */
    private java.util.function.Function<String, Info> resolver = n -> null;

    public ClassTable() {
        this(ClassTable.class.getClassLoader());
    }

    /** {@code resources} is only asked for class files ({@code getResourceAsStream}), never to load a class. */
    public ClassTable(ClassLoader resources) {
        this.resources = resources;
    }

    public void setResolver(java.util.function.Function<String, Info> resolver) {
        this.resolver = resolver;
    }

    /** Declares a class golc generates. */
    public void declare(String name, String superName, List<String> interfaces, boolean isInterface) {
        infos.put(name, new Info(name, superName, List.copyOf(interfaces), isInterface));
    }

    public boolean isDeclared(String name) {
        return infos.containsKey(name);
    }

    /** Hierarchy facts about a class: declared, or read from its class file. */
    public Info info(String name) {
        Info info = infos.get(name);
        if (info == null) {
            info = resolver.apply(name);
        }
        if (info == null) {
            info = read(name);
            infos.put(name, info);
        }
        return info;
    }

    private Info read(String name) {
        try (InputStream in = openClassFile(name)) {
            if (in == null) {
                throw new IllegalStateException("codegen: unknown class " + name);
            }
            ClassReader r = new ClassReader(in);
            boolean itf = (r.getAccess() & org.objectweb.asm.Opcodes.ACC_INTERFACE) != 0;
            return new Info(name, r.getSuperName(), List.of(r.getInterfaces()), itf);
        } catch (IOException e) {
            throw new IllegalStateException("codegen: cannot read class " + name, e);
        }
    }

    private InputStream openClassFile(String name) {
        InputStream in = resources == null ? null : resources.getResourceAsStream(name + ".class");
        if (in == null) {
            // JDK classes live in modules; the system loader exposes their class files too.
            in = ClassLoader.getSystemResourceAsStream(name + ".class");
        }
        return in;
    }

    /** Is {@code sub} assignable to {@code sup} (both internal names of classes, not arrays)? */
    public boolean isSubtype(String sub, String sup) {
        if (sub.equals(sup) || sup.equals("java/lang/Object")) {
            return true;
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> work = new ArrayList<>();
        work.add(sub);
        while (!work.isEmpty()) {
            String c = work.remove(work.size() - 1);
            if (c == null || !seen.add(c)) {
                continue;
            }
            if (c.equals(sup)) {
                return true;
            }
            Info i = info(c);
            work.add(i.superName());
            work.addAll(i.interfaces());
        }
        return false;
    }

    /** The nearest common super class, as the JVM verifier computes it (interfaces meet at Object). */
    public String commonSuperClass(String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        if (isSubtype(a, b)) {
            return b;
        }
        if (isSubtype(b, a)) {
            return a;
        }
        if (info(a).isInterface() || info(b).isInterface()) {
            return "java/lang/Object";
        }
        String c = a;
        do {
            c = info(c).superName();
            if (c == null) {
                return "java/lang/Object";
            }
        } while (!isSubtype(b, c));
        return c;
    }
}
