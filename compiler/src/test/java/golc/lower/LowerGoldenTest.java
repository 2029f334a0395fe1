package golc.lower;

import golc.ir.IrPrinter;
import golc.ir.IrVerifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden IR dumps: each {@code src/test/resources/golc/lower/X.go} is lowered and its {@link IrPrinter}
 * dump plus diagnostics compared with {@code X.ir}; every lowered program must also pass the
 * {@link IrVerifier}. Regenerate the dumps with {@code -Dgolc.update=true} (then review the diff).
 */
class LowerGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golc/lower");

    @TestFactory
    List<DynamicTest> goldens() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".go")).sorted()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)))
                    .collect(Collectors.toList());
        }
    }

    private static void check(Path src) throws IOException {
        String name = src.getFileName().toString();
        LowerFixture fx = LowerFixture.of(name, Files.readString(src, StandardCharsets.UTF_8));
        String got = fx.diags.format() + IrPrinter.print(fx.program);
        if (!fx.diags.hasErrors()) assertEquals(List.of(), IrVerifier.verify(fx.program), "IR verifier on " + name);
        Path golden = DIR.resolve(name.replace(".go", ".ir"));
        if (Boolean.getBoolean("golc.update")) {
            Files.writeString(golden, got, StandardCharsets.UTF_8);
            return;
        }
        String want = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "(no golden file " + golden + ")";
        assertEquals(want, got, "IR dump of " + name + " (regenerate with -Dgolc.update=true)");
    }
}
