package golc.lower;

import golc.ir.IrFunc;
import golc.ir.TypeDecl;
import golc.types.Func;
import golc.types.Interface;
import golc.types.Named;
import golc.types.Pointer;
import golc.types.Signature;
import golc.types.Struct;
import golc.types.Type;
import golc.types.Var;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The method set of {@code *T} for a defined type T: its declared methods, plus methods promoted through
 * embedded fields (spec "Selectors": the shallowest depth wins, equal names at one depth cancel out),
 * each promoted one implemented by a wrapper function that follows the field path.
 */
final class MethodSets {
    private MethodSets() {}

    private record Embedded(Type type, List<Integer> path, boolean viaPtr) {}

    private record Candidate(Func m, List<Integer> path, boolean lastPtr) {}

    static List<TypeDecl.Method> methods(PkgLowering pl, Named t) {
        List<TypeDecl.Method> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Func m : t.methods()) {
            out.add(new TypeDecl.Method(m.name(), pl.methodSig(m), m.hasPtrRecv(), pl.funcSym(m)));
            names.add(m.name());
        }
        if (!(t.underlying() instanceof Struct)) return out;
        for (Var f : ((Struct) t.underlying()).fields()) names.add(f.name());
        List<Embedded> level = List.of(new Embedded(t, List.of(), false));
        for (int depth = 0; depth < 8 && !level.isEmpty(); depth++) {
            List<Embedded> next = new ArrayList<>();
            Map<String, List<Candidate>> found = new LinkedHashMap<>();
            Set<String> fieldNames = new HashSet<>();
            for (Embedded e : level) {
                if (!(e.type.underlying() instanceof Struct st)) continue;
                for (int i = 0; i < st.numFields(); i++) {
                    Var f = st.field(i);
                    if (depth > 0) fieldNames.add(f.name());
                    if (!f.embedded()) continue;
                    Type ft = f.type();
                    boolean ptr = ft instanceof Pointer;
                    Type fe = ptr ? ((Pointer) ft).elem() : ft;
                    List<Integer> path = new ArrayList<>(e.path);
                    path.add(i);
                    List<Func> ms = fe.underlying() instanceof Interface iface ? iface.allMethods()
                            : fe instanceof Named n ? n.methods() : List.of();
                    for (Func m : ms) {
                        if (!names.contains(m.name())) found.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(new Candidate(m, path, ptr));
                    }
                    next.add(new Embedded(fe, path, ptr));
                }
            }
            for (Map.Entry<String, List<Candidate>> en : found.entrySet()) {
                if (en.getValue().size() != 1) continue;
                Candidate c = en.getValue().get(0);
                boolean ptrOnly = c.m.hasPtrRecv() && !c.lastPtr;
                Type recvType = ptrOnly ? new Pointer(t) : t;
                List<Integer> path = new ArrayList<>(c.path);
                path.add(0); // the method's own index is not followed; see methodWrapper
                Signature ms = c.m.signature();
                Signature sig = new Signature(Var.param(c.m.pos(), pl.pkg, "recv", recvType), List.of(), ms.params(), ms.results(), ms.variadic());
                IrFunc w = pl.methodWrapper(c.m, recvType, path, sig);
                out.add(new TypeDecl.Method(c.m.name(), pl.methodSig(c.m), ptrOnly, w.sym()));
            }
            names.addAll(found.keySet());
            names.addAll(fieldNames);
            level = next;
        }
        return out;
    }
}
