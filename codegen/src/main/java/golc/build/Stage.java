package golc.build;

import java.util.Locale;

/** The phases of a build in order; a build can stop after any of them (--stop-after, tests). */
public enum Stage {
    /** Parse the program and every standard package it imports, transitively. */
    PARSE,
    /** Type-check all packages in dependency order. */
    CHECK,
    /** Lower the typed packages to the core IR. */
    LOWER,
    /** Generate JVM classes and write the jar. */
    CODEGEN;

    /** The stage named {@code name} in any case ("parse", "check", "lower", "codegen"). */
    public static Stage parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
