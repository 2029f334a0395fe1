package golc.types;

/** Resolves an import path to its type-checked package (the build checks dependencies first). */
public interface Importer {
    /** The package for path, or null if it cannot be found (the checker reports the error). */
    Package importPackage(String path);
}
