package golc.syntax;

import java.util.List;

/** The specs inside a {@link Decl.GenDecl}. */
public interface Spec extends Node {

    /**
     * {@code import name "path"}; {@code name} is null without an explicit name, else an identifier,
     * {@code _} or {@code .}.
     */
    final class ImportSpec implements Spec {
        public final Expr.Ident name;
        public final Expr.BasicLit path;

        public ImportSpec(Expr.Ident name, Expr.BasicLit path) {
            this.name = name;
            this.path = path;
        }

        /** The import path with quotes and escapes decoded (for a malformed literal: the raw text). */
        public String importPath() {
            try {
                return Literals.stringValue(path.value);
            } catch (IllegalArgumentException e) {
                return path.value;
            }
        }

        @Override public Pos pos() { return name != null ? name.pos() : path.pos(); }
    }

    /**
     * {@code names type = values} of a const or var declaration; {@code type} may be null and
     * {@code values} empty. For constants, an empty {@code values} means the previous spec's type and
     * values are repeated (the checker does that); {@code iota} is the spec's index in its group.
     */
    final class ValueSpec implements Spec {
        public final List<Expr.Ident> names;
        public final Expr type;
        public final List<Expr> values;
        public final int iota;

        public ValueSpec(List<Expr.Ident> names, Expr type, List<Expr> values, int iota) {
            this.names = List.copyOf(names);
            this.type = type;
            this.values = List.copyOf(values);
            this.iota = iota;
        }

        @Override public Pos pos() { return names.get(0).pos(); }
    }

    /**
     * {@code name[typeParams] type} or the alias {@code name = type}; {@code typeParams} is null
     * without type parameters; {@code assign} is the position of {@code =} for an alias, else null.
     */
    final class TypeSpec implements Spec {
        public final Expr.Ident name;
        public final FieldList typeParams;
        public final Pos assign;
        public final Expr type;

        public TypeSpec(Expr.Ident name, FieldList typeParams, Pos assign, Expr type) {
            this.name = name;
            this.typeParams = typeParams;
            this.assign = assign;
            this.type = type;
        }

        public boolean isAlias() {
            return assign != null;
        }

        @Override public Pos pos() { return name.pos(); }
    }
}
