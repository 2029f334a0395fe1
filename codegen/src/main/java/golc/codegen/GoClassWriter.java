package golc.codegen;

import org.objectweb.asm.ClassWriter;

/**
 * A frame-computing ClassWriter whose common-super-class answers come from {@link ClassTable}: ASM's default
 * would load both classes with Class.forName, which cannot work for classes still being generated.
 */
final class GoClassWriter extends ClassWriter {
    private final ClassTable table;

    GoClassWriter(ClassTable table) {
        super(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        this.table = table;
    }

    @Override
    protected String getCommonSuperClass(String type1, String type2) {
        return table.commonSuperClass(type1, type2);
    }

    @Override
    protected ClassLoader getClassLoader() {
        throw new IllegalStateException("codegen must not load classes");
    }
}
