package golc.ir;

import java.util.List;

/**
 * A whole program in core IR: its packages in dependency order (every package after the packages it
 * imports; {@code main} last). Running the program means: run each package's {@link IrPackage#init()} in
 * this order, then call {@code main} of the last package.
 */
public record Program(List<IrPackage> packages) {

    /** The package with import path {@code path}, or null. */
    public IrPackage pkg(String path) {
        for (IrPackage p : packages) if (p.path().equals(path)) return p;
        return null;
    }
}
