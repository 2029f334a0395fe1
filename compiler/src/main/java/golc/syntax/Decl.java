package golc.syntax;

import java.util.List;

/** Top-level (and, for GenDecl, local) declarations. */
public interface Decl extends Node {

    /** Placeholder for a declaration that failed to parse (an error has been reported). */
    final class BadDecl implements Decl {
        public final Pos from;

        public BadDecl(Pos from) {
            this.from = from;
        }

        @Override public Pos pos() { return from; }
    }

    /**
     * {@code import}, {@code const}, {@code type} or {@code var} declaration, grouped or not.
     * {@code lparen}/{@code rparen} are null for an ungrouped declaration. Specs are
     * {@link Spec.ImportSpec}, {@link Spec.ValueSpec} (const and var) or {@link Spec.TypeSpec}.
     */
    final class GenDecl implements Decl {
        public final Pos tokPos;
        public final Token tok;
        public final Pos lparen;
        public final List<Spec> specs;
        public final Pos rparen;

        public GenDecl(Pos tokPos, Token tok, Pos lparen, List<Spec> specs, Pos rparen) {
            this.tokPos = tokPos;
            this.tok = tok;
            this.lparen = lparen;
            this.specs = List.copyOf(specs);
            this.rparen = rparen;
        }

        public boolean isGrouped() {
            return lparen != null;
        }

        @Override public Pos pos() { return tokPos; }
    }

    /**
     * A function or method declaration. {@code recv} is null for functions; type parameters live in
     * {@code type.typeParams}; {@code body} is null for a body-less (native) declaration.
     */
    final class FuncDecl implements Decl {
        public final Pos funcPos;
        public final FieldList recv;
        public final Expr.Ident name;
        public final Expr.FuncType type;
        public final Stmt.BlockStmt body;

        public FuncDecl(Pos funcPos, FieldList recv, Expr.Ident name, Expr.FuncType type, Stmt.BlockStmt body) {
            this.funcPos = funcPos;
            this.recv = recv;
            this.name = name;
            this.type = type;
            this.body = body;
        }

        public boolean isMethod() {
            return recv != null;
        }

        /** The type parameters, or null. */
        public FieldList typeParams() {
            return type.typeParams;
        }

        @Override public Pos pos() { return funcPos; }
    }
}
