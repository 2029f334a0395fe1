package golc.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;

/** Every runtime entry point generated code refers to ({@link Rt}) exists, public, with that descriptor. */
class RtContractTest {
    @Test
    void everyRuntimeEntryExists() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Rt rt : Rt.values()) {
            Class<?> owner;
            try {
                owner = Class.forName(rt.owner.replace('/', '.'), false, RtContractTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(rt + ": no class " + rt.owner);
                continue;
            }
            Member m = find(owner, rt);
            if (m == null) {
                missing.add(rt + ": no " + rt.owner + "." + rt.name + rt.desc);
            } else if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isPublic(owner.getModifiers())) {
                missing.add(rt + ": not public");
            }
        }
        if (!missing.isEmpty()) {
            fail(String.join("\n", missing));
        }
        assertTrue(Rt.values().length > 50);
    }

    private static Member find(Class<?> owner, Rt rt) {
        if (rt.isField()) {
            for (Field f : owner.getFields()) {
                if (f.getName().equals(rt.name) && Type.getDescriptor(f.getType()).equals(rt.desc)) {
                    return f;
                }
            }
            return null;
        }
        if (rt.name.equals("<init>")) {
            for (java.lang.reflect.Constructor<?> c : owner.getConstructors()) {
                if (Type.getConstructorDescriptor(c).equals(rt.desc)) {
                    return c;
                }
            }
            // Func's constructor is protected/implicit on an abstract class: accept a declared one.
            for (java.lang.reflect.Constructor<?> c : owner.getDeclaredConstructors()) {
                if (Type.getConstructorDescriptor(c).equals(rt.desc) && !Modifier.isPrivate(c.getModifiers())) {
                    return new PublicView(c);
                }
            }
            return null;
        }
        for (Method m : owner.getMethods()) {
            if (m.getName().equals(rt.name) && Type.getMethodDescriptor(m).equals(rt.desc)) {
                return m;
            }
        }
        return null;
    }

    /** A protected constructor of an abstract base class is callable from generated subclasses. */
    private record PublicView(Member m) implements Member {
        public Class<?> getDeclaringClass() { return m.getDeclaringClass(); }
        public String getName() { return m.getName(); }
        public int getModifiers() { return Modifier.PUBLIC; }
        public boolean isSynthetic() { return m.isSynthetic(); }
    }
}
