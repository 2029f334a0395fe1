package golc.lower;

import golc.diag.Diagnostics;
import golc.ir.Global;
import golc.ir.IrPackage;
import golc.ir.Program;
import golc.syntax.Decl;
import golc.syntax.Expr;
import golc.syntax.File;
import golc.syntax.Spec;
import golc.syntax.Token;
import golc.types.Func;
import golc.types.Obj;
import golc.types.Package;
import golc.types.Var;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entry point of the lowering phase: checked packages to core IR ({@code golc.ir}). Holds what all
 * packages of one program share (package-level variables and which functions are native); each
 * package is then lowered by a {@link PkgLowering}.
 */
public final class Lowerer {
    final Diagnostics diags;
    private final Map<Var, Global> globals = new IdentityHashMap<>();
    private final Set<Func> natives = Collections.newSetFromMap(new IdentityHashMap<>());

    private Lowerer(Diagnostics diags) {
        this.diags = diags;
    }

    /**
     * Lowers {@code pkgs} (dependency order, main last). Constructs golc cannot lower yet are reported
     * as {@code golc does not support X yet} on {@code diags}; the result is then incomplete.
     */
    public static Program lower(List<Package> pkgs, Diagnostics diags) {
        Lowerer l = new Lowerer(diags);
        for (Package p : pkgs) l.declare(p);
        List<IrPackage> out = new ArrayList<>();
        for (Package p : pkgs) out.add(new PkgLowering(l, p).lower());
        return new Program(out);
    }

    private void declare(Package p) {
        TypeInfo info = new TypeInfo(p);
        for (File f : p.files()) {
            for (Decl d : f.decls) {
                if (d instanceof Decl.FuncDecl fd && fd.body == null && info.defOf(fd.name) instanceof Func fn) {
                    natives.add(fn);
                } else if (d instanceof Decl.GenDecl g && g.tok == Token.VAR) {
                    for (Spec s : g.specs) {
                        for (Expr.Ident id : ((Spec.ValueSpec) s).names) {
                            if (!id.isBlank() && info.defOf(id) instanceof Var v) {
                                globals.put(v, new Global(p.path(), v.name(), v.type(), id.pos()));
                            }
                        }
                    }
                }
            }
        }
    }

    Global global(Var v) {
        return globals.get(v);
    }

    boolean isNative(Func f) {
        return natives.contains(f);
    }

    /** Whether obj is a package-level variable of some package of the program. */
    boolean isGlobal(Obj obj) {
        return obj instanceof Var v && globals.containsKey(v);
    }
}
