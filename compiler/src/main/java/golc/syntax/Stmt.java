package golc.syntax;

import java.util.List;

/** Statements, as in go/ast. Lists are never null; optional children are null where documented. */
public interface Stmt extends Node {

    /** Placeholder for a statement that failed to parse (an error has been reported). */
    final class BadStmt implements Stmt {
        public final Pos from;

        public BadStmt(Pos from) {
            this.from = from;
        }

        @Override public Pos pos() { return from; }
    }

    /** A const, type or var declaration inside a function. */
    final class DeclStmt implements Stmt {
        public final Decl.GenDecl decl;

        public DeclStmt(Decl.GenDecl decl) {
            this.decl = decl;
        }

        @Override public Pos pos() { return decl.pos(); }
    }

    /** An empty statement; {@code implicit} if there was no {@code ;} in the source. */
    final class EmptyStmt implements Stmt {
        public final Pos semicolon;
        public final boolean implicit;

        public EmptyStmt(Pos semicolon, boolean implicit) {
            this.semicolon = semicolon;
            this.implicit = implicit;
        }

        @Override public Pos pos() { return semicolon; }
    }

    /** {@code label: stmt}. */
    final class LabeledStmt implements Stmt {
        public final Expr.Ident label;
        public final Pos colon;
        public final Stmt stmt;

        public LabeledStmt(Expr.Ident label, Pos colon, Stmt stmt) {
            this.label = label;
            this.colon = colon;
            this.stmt = stmt;
        }

        @Override public Pos pos() { return label.pos(); }
    }

    /** An expression used as a statement. */
    final class ExprStmt implements Stmt {
        public final Expr x;

        public ExprStmt(Expr x) {
            this.x = x;
        }

        @Override public Pos pos() { return x.pos(); }
    }

    /** {@code ch <- value}. */
    final class SendStmt implements Stmt {
        public final Expr chan;
        public final Pos arrow;
        public final Expr value;

        public SendStmt(Expr chan, Pos arrow, Expr value) {
            this.chan = chan;
            this.arrow = arrow;
            this.value = value;
        }

        @Override public Pos pos() { return chan.pos(); }
    }

    /** {@code x++} or {@code x--}. */
    final class IncDecStmt implements Stmt {
        public final Expr x;
        public final Pos tokPos;
        public final Token tok;

        public IncDecStmt(Expr x, Pos tokPos, Token tok) {
            this.x = x;
            this.tokPos = tokPos;
            this.tok = tok;
        }

        @Override public Pos pos() { return x.pos(); }
    }

    /** {@code lhs tok rhs} with tok {@code =}, {@code :=}, or a compound operator such as {@code +=}. */
    final class AssignStmt implements Stmt {
        public final List<Expr> lhs;
        public final Pos tokPos;
        public final Token tok;
        public final List<Expr> rhs;

        public AssignStmt(List<Expr> lhs, Pos tokPos, Token tok, List<Expr> rhs) {
            this.lhs = List.copyOf(lhs);
            this.tokPos = tokPos;
            this.tok = tok;
            this.rhs = List.copyOf(rhs);
        }

        @Override public Pos pos() { return lhs.get(0).pos(); }
    }

    /** {@code go call}. */
    final class GoStmt implements Stmt {
        public final Pos go;
        public final Expr.CallExpr call;

        public GoStmt(Pos go, Expr.CallExpr call) {
            this.go = go;
            this.call = call;
        }

        @Override public Pos pos() { return go; }
    }

    /** {@code defer call}. */
    final class DeferStmt implements Stmt {
        public final Pos defer;
        public final Expr.CallExpr call;

        public DeferStmt(Pos defer, Expr.CallExpr call) {
            this.defer = defer;
            this.call = call;
        }

        @Override public Pos pos() { return defer; }
    }

    /** {@code return results}. */
    final class ReturnStmt implements Stmt {
        public final Pos returnPos;
        public final List<Expr> results;

        public ReturnStmt(Pos returnPos, List<Expr> results) {
            this.returnPos = returnPos;
            this.results = List.copyOf(results);
        }

        @Override public Pos pos() { return returnPos; }
    }

    /** {@code break}, {@code continue}, {@code goto}, {@code fallthrough}; {@code label} may be null. */
    final class BranchStmt implements Stmt {
        public final Pos tokPos;
        public final Token tok;
        public final Expr.Ident label;

        public BranchStmt(Pos tokPos, Token tok, Expr.Ident label) {
            this.tokPos = tokPos;
            this.tok = tok;
            this.label = label;
        }

        @Override public Pos pos() { return tokPos; }
    }

    /** {@code { list }}; {@code rbrace} is where gc reports {@code missing return}. */
    final class BlockStmt implements Stmt {
        public final Pos lbrace;
        public final List<Stmt> list;
        public final Pos rbrace;

        public BlockStmt(Pos lbrace, List<Stmt> list, Pos rbrace) {
            this.lbrace = lbrace;
            this.list = List.copyOf(list);
            this.rbrace = rbrace;
        }

        @Override public Pos pos() { return lbrace; }
    }

    /** {@code if init; cond body else els}; {@code init} and {@code els} may be null; {@code els} is an IfStmt or BlockStmt. */
    final class IfStmt implements Stmt {
        public final Pos ifPos;
        public final Stmt init;
        public final Expr cond;
        public final BlockStmt body;
        public final Stmt els;

        public IfStmt(Pos ifPos, Stmt init, Expr cond, BlockStmt body, Stmt els) {
            this.ifPos = ifPos;
            this.init = init;
            this.cond = cond;
            this.body = body;
            this.els = els;
        }

        @Override public Pos pos() { return ifPos; }
    }

    /**
     * A {@code case list:} or {@code default:} clause of an expression or type switch; {@code list}
     * is empty for {@code default}. In type switches the list holds types ({@code nil} as an Ident).
     */
    final class CaseClause implements Stmt {
        public final Pos casePos;
        public final List<Expr> list;
        public final Pos colon;
        public final List<Stmt> body;

        public CaseClause(Pos casePos, List<Expr> list, Pos colon, List<Stmt> body) {
            this.casePos = casePos;
            this.list = List.copyOf(list);
            this.colon = colon;
            this.body = List.copyOf(body);
        }

        public boolean isDefault() {
            return list.isEmpty();
        }

        @Override public Pos pos() { return casePos; }
    }

    /** {@code switch init; tag { clauses }}; {@code init} and {@code tag} may be null. */
    final class SwitchStmt implements Stmt {
        public final Pos switchPos;
        public final Stmt init;
        public final Expr tag;
        public final Pos lbrace;
        public final List<CaseClause> clauses;
        public final Pos rbrace;

        public SwitchStmt(Pos switchPos, Stmt init, Expr tag, Pos lbrace, List<CaseClause> clauses, Pos rbrace) {
            this.switchPos = switchPos;
            this.init = init;
            this.tag = tag;
            this.lbrace = lbrace;
            this.clauses = List.copyOf(clauses);
            this.rbrace = rbrace;
        }

        @Override public Pos pos() { return switchPos; }
    }

    /**
     * {@code switch init; lhs := guard { clauses }} where {@code guard} is {@code x.(type)}
     * (a {@link Expr.TypeAssertExpr} with null type); {@code init} and {@code lhs} may be null.
     */
    final class TypeSwitchStmt implements Stmt {
        public final Pos switchPos;
        public final Stmt init;
        public final Expr.Ident lhs;
        public final Expr.TypeAssertExpr guard;
        public final Pos lbrace;
        public final List<CaseClause> clauses;
        public final Pos rbrace;

        public TypeSwitchStmt(Pos switchPos, Stmt init, Expr.Ident lhs, Expr.TypeAssertExpr guard,
                              Pos lbrace, List<CaseClause> clauses, Pos rbrace) {
            this.switchPos = switchPos;
            this.init = init;
            this.lhs = lhs;
            this.guard = guard;
            this.lbrace = lbrace;
            this.clauses = List.copyOf(clauses);
            this.rbrace = rbrace;
        }

        @Override public Pos pos() { return switchPos; }
    }

    /**
     * A {@code case comm:} or {@code default:} clause of a select; {@code comm} is null for default,
     * else a {@link SendStmt}, an {@link ExprStmt} holding {@code <-ch}, or an {@link AssignStmt}
     * ({@code =} or {@code :=}) whose single right-hand side is {@code <-ch}.
     */
    final class CommClause implements Stmt {
        public final Pos casePos;
        public final Stmt comm;
        public final Pos colon;
        public final List<Stmt> body;

        public CommClause(Pos casePos, Stmt comm, Pos colon, List<Stmt> body) {
            this.casePos = casePos;
            this.comm = comm;
            this.colon = colon;
            this.body = List.copyOf(body);
        }

        public boolean isDefault() {
            return comm == null;
        }

        @Override public Pos pos() { return casePos; }
    }

    /** {@code select { clauses }}. */
    final class SelectStmt implements Stmt {
        public final Pos selectPos;
        public final Pos lbrace;
        public final List<CommClause> clauses;
        public final Pos rbrace;

        public SelectStmt(Pos selectPos, Pos lbrace, List<CommClause> clauses, Pos rbrace) {
            this.selectPos = selectPos;
            this.lbrace = lbrace;
            this.clauses = List.copyOf(clauses);
            this.rbrace = rbrace;
        }

        @Override public Pos pos() { return selectPos; }
    }

    /** {@code for init; cond; post body}; each of init, cond, post may be null. */
    final class ForStmt implements Stmt {
        public final Pos forPos;
        public final Stmt init;
        public final Expr cond;
        public final Stmt post;
        public final BlockStmt body;

        public ForStmt(Pos forPos, Stmt init, Expr cond, Stmt post, BlockStmt body) {
            this.forPos = forPos;
            this.init = init;
            this.cond = cond;
            this.post = post;
            this.body = body;
        }

        @Override public Pos pos() { return forPos; }
    }

    /**
     * {@code for key, value tok range x body}. {@code key} and {@code value} may be null
     * ({@code for range ch}); {@code tok} is {@link Token#DEFINE} or {@link Token#ASSIGN}, or null when
     * there is no key, with {@code tokPos} then null too.
     */
    final class RangeStmt implements Stmt {
        public final Pos forPos;
        public final Expr key;
        public final Expr value;
        public final Pos tokPos;
        public final Token tok;
        public final Pos rangePos;
        public final Expr x;
        public final BlockStmt body;

        public RangeStmt(Pos forPos, Expr key, Expr value, Pos tokPos, Token tok, Pos rangePos, Expr x, BlockStmt body) {
            this.forPos = forPos;
            this.key = key;
            this.value = value;
            this.tokPos = tokPos;
            this.tok = tok;
            this.rangePos = rangePos;
            this.x = x;
            this.body = body;
        }

        @Override public Pos pos() { return forPos; }
    }
}
