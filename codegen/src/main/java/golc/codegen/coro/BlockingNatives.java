package golc.codegen.coro;

import golc.ir.IrFunc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which natives are declared {@code //golc:blocking}: the directive is a comment line directly above the
 * body-less declaration, and comments do not survive parsing, so the declaration's source line is looked up
 * again (standard files are named {@code golc/std/<pkg>/<file>} and read as resources, others from disk).
 * One instance per build; it caches the files it reads.
 */
public final class BlockingNatives implements Predicate<IrFunc> {
    static final String DIRECTIVE = "//golc:blocking";
    private final Map<String, String[]> lines = new HashMap<>();
    private final ClassLoader loader;

    public BlockingNatives(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public boolean test(IrFunc f) {
        if (!f.isNative() || f.pos() == null || f.pos().line() < 2) {
            return false;
        }
        String[] src = lines.computeIfAbsent(f.pos().path(), this::read);
        int above = f.pos().line() - 2;
        return above < src.length && src[above].trim().equals(DIRECTIVE);
    }

    private String[] read(String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\n", -1);
            }
        } catch (IOException e) {
            return new String[0];
        }
        try {
            return Files.readString(Path.of(path), StandardCharsets.ISO_8859_1).split("\n", -1);
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}
