package golc.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed source file. {@code imports} lists every import spec of the file (they also appear in
 * {@code decls} inside their {@link Decl.GenDecl}s); {@code path} is the path given to the parser.
 */
public final class File implements Node {
    public final String path;
    /** Position of the {@code package} keyword. */
    public final Pos packagePos;
    public final Expr.Ident name;
    public final List<Spec.ImportSpec> imports;
    public final List<Decl> decls;

    public File(String path, Pos packagePos, Expr.Ident name, List<Decl> decls) {
        this.path = path;
        this.packagePos = packagePos;
        this.name = name;
        this.decls = List.copyOf(decls);
        List<Spec.ImportSpec> imps = new ArrayList<>();
        for (Decl d : decls) {
            if (d instanceof Decl.GenDecl && ((Decl.GenDecl) d).tok == Token.IMPORT) {
                for (Spec s : ((Decl.GenDecl) d).specs) imps.add((Spec.ImportSpec) s);
            }
        }
        this.imports = List.copyOf(imps);
    }

    @Override
    public Pos pos() {
        return packagePos;
    }
}
