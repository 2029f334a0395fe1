package golc.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks labels and branch statements of one function body, as gc's syntax/branches.go does (gc's
 * type checker leaves these to the parser): undefined, unused and duplicate labels; break, continue
 * and fallthrough out of place; gotos jumping into blocks or over variable declarations.
 */
final class Branches {

    interface ErrorSink {
        void error(Pos pos, String msg);
    }

    private final ErrorSink errh;
    private final Map<String, Label> labels = new HashMap<>();

    private static final class Label {
        final Block parent;
        final Stmt.LabeledStmt lstmt;
        boolean used;

        Label(Block parent, Stmt.LabeledStmt lstmt) {
            this.parent = parent;
            this.lstmt = lstmt;
        }
    }

    private static final class Block {
        final Block parent;
        final Pos start;
        final Stmt.LabeledStmt lstmt;

        Block(Block parent, Pos start, Stmt.LabeledStmt lstmt) {
            this.parent = parent;
            this.start = start;
            this.lstmt = lstmt;
        }
    }

    /** Enclosing targets of unlabeled break/continue/fallthrough. */
    private static final class Targets {
        final Stmt breaks;
        final Stmt continues;
        final int caseIndex;
        final int numCases;

        Targets(Stmt breaks, Stmt continues, int caseIndex, int numCases) {
            this.breaks = breaks;
            this.continues = continues;
            this.caseIndex = caseIndex;
            this.numCases = numCases;
        }
    }

    private Branches(ErrorSink errh) {
        this.errh = errh;
    }

    static void check(Stmt.BlockStmt body, ErrorSink errh) {
        if (body == null) return;
        Branches ls = new Branches(errh);
        List<Stmt.BranchStmt> fwdGotos = ls.blockBranches(null, new Targets(null, null, -1, 0), null, body.pos(), body.list);
        for (Stmt.BranchStmt fwd : fwdGotos) {
            String name = fwd.label.name;
            Label l = ls.labels.get(name);
            if (l != null) {
                l.used = true; // avoid "defined and not used" error
                errh.error(fwd.label.pos(), "goto " + name + " jumps into block starting at " + l.parent.start);
            } else {
                errh.error(fwd.label.pos(), "label " + name + " not defined");
            }
        }
        for (Label l : ls.labels.values()) {
            if (!l.used) errh.error(l.lstmt.label.pos(), "label " + l.lstmt.label.name + " defined and not used");
        }
    }

    private Label declare(Block b, Stmt.LabeledStmt s) {
        String name = s.label.name;
        Label alt = labels.get(name);
        if (alt != null) {
            errh.error(s.label.pos(), "label " + name + " already defined at " + alt.lstmt.label.pos());
            return alt;
        }
        Label l = new Label(b, s);
        labels.put(name, l);
        return l;
    }

    private Stmt.LabeledStmt gotoTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l != null) {
            l.used = true;
            for (; b != null; b = b.parent) {
                if (l.parent == b) return l.lstmt;
            }
        }
        return null;
    }

    /** The labeled statement enclosing b with that label; INVALID if the label is not enclosing; null if undefined. */
    private static final Stmt.LabeledStmt INVALID = new Stmt.LabeledStmt(
            new Expr.Ident(new Pos("", 0, 0), "_"), new Pos("", 0, 0), new Stmt.EmptyStmt(new Pos("", 0, 0), true));

    private Stmt.LabeledStmt enclosingTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l != null) {
            l.used = true; // even if it's not a valid target
            for (; b != null; b = b.parent) {
                if (l.lstmt == b.lstmt) return l.lstmt;
            }
            return INVALID;
        }
        return null;
    }

    private static boolean isLoop(Stmt s) {
        return s instanceof Stmt.ForStmt || s instanceof Stmt.RangeStmt;
    }

    private static boolean isBreakTarget(Stmt s) {
        return isLoop(s) || s instanceof Stmt.SwitchStmt || s instanceof Stmt.TypeSwitchStmt || s instanceof Stmt.SelectStmt;
    }

    private List<Stmt.BranchStmt> blockBranches(Block parent, Targets ctxt, Stmt.LabeledStmt lstmt0, Pos start, List<Stmt> body) {
        Block b = new Block(parent, start, lstmt0);
        Pos varPos = null;
        String varName = null;
        List<Stmt.BranchStmt> fwdGotos = new ArrayList<>();
        List<Stmt.BranchStmt> badGotos = new ArrayList<>();

        int n = body.size();
        while (n > 0 && body.get(n - 1) instanceof Stmt.EmptyStmt) n--;
        List<Stmt> stmtList = body.subList(0, n);

        for (int stmtIndex = 0; stmtIndex < stmtList.size(); stmtIndex++) {
            Stmt stmt = stmtList.get(stmtIndex);
            Stmt.LabeledStmt lstmt = null;
            while (stmt instanceof Stmt.LabeledStmt) {
                Stmt.LabeledStmt s = (Stmt.LabeledStmt) stmt;
                String name = s.label.name;
                if (!name.equals("_")) {
                    Label l = declare(b, s);
                    List<Stmt.BranchStmt> keep = new ArrayList<>();
                    for (Stmt.BranchStmt fwd : fwdGotos) {
                        if (fwd.label.name.equals(name)) {
                            l.used = true;
                            if (varPos != null && badGotos.contains(fwd)) {
                                errh.error(fwd.label.pos(), "goto " + name + " jumps over declaration of "
                                        + varName + " at " + varPos);
                            }
                        } else {
                            keep.add(fwd);
                        }
                    }
                    fwdGotos = keep;
                    lstmt = s;
                }
                stmt = s.stmt;
            }

            if (stmt instanceof Stmt.DeclStmt) {
                Decl.GenDecl d = ((Stmt.DeclStmt) stmt).decl;
                if (d.tok == Token.VAR && !d.specs.isEmpty()) {
                    Spec.ValueSpec v = (Spec.ValueSpec) d.specs.get(0);
                    varPos = v.names.get(0).pos();
                    varName = v.names.get(0).name;
                    badGotos = new ArrayList<>(fwdGotos);
                }
            } else if (stmt instanceof Stmt.BranchStmt) {
                Stmt.BranchStmt s = (Stmt.BranchStmt) stmt;
                if (s.label == null) {
                    branchWithoutLabel(s, ctxt, stmtIndex, stmtList.size());
                } else {
                    String name = s.label.name;
                    if (s.tok == Token.BREAK) {
                        Stmt.LabeledStmt t = enclosingTarget(b, name);
                        if (t == null) {
                            errh.error(s.label.pos(), "break label not defined: " + name);
                        } else if (!isBreakTarget(t.stmt)) {
                            errh.error(s.label.pos(), "invalid break label " + name);
                        }
                    } else if (s.tok == Token.CONTINUE) {
                        Stmt.LabeledStmt t = enclosingTarget(b, name);
                        if (t == null) {
                            errh.error(s.label.pos(), "continue label not defined: " + name);
                        } else if (!isLoop(t.stmt)) {
                            errh.error(s.label.pos(), "invalid continue label " + name);
                        }
                    } else if (s.tok == Token.GOTO) {
                        if (gotoTarget(b, name) == null) fwdGotos.add(s);
                    }
                }
            } else if (stmt instanceof Stmt.AssignStmt) {
                Stmt.AssignStmt s = (Stmt.AssignStmt) stmt;
                if (s.tok == Token.DEFINE) {
                    varPos = s.tokPos;
                    varName = Printer.exprList(s.lhs);
                    badGotos = new ArrayList<>(fwdGotos);
                }
            } else if (stmt instanceof Stmt.BlockStmt) {
                Stmt.BlockStmt s = (Stmt.BlockStmt) stmt;
                Targets inner = new Targets(ctxt.breaks, ctxt.continues, -1, 0);
                fwdGotos.addAll(blockBranches(b, inner, lstmt, s.pos(), s.list));
            } else if (stmt instanceof Stmt.IfStmt) {
                Stmt.IfStmt s = (Stmt.IfStmt) stmt;
                Targets inner = new Targets(ctxt.breaks, ctxt.continues, -1, 0);
                fwdGotos.addAll(blockBranches(b, inner, lstmt, s.body.pos(), s.body.list));
                if (s.els != null) fwdGotos.addAll(blockBranches(b, inner, lstmt, s.els.pos(), List.of(s.els)));
            } else if (stmt instanceof Stmt.ForStmt) {
                Stmt.ForStmt s = (Stmt.ForStmt) stmt;
                fwdGotos.addAll(blockBranches(b, new Targets(s, s, -1, 0), lstmt, s.body.pos(), s.body.list));
            } else if (stmt instanceof Stmt.RangeStmt) {
                Stmt.RangeStmt s = (Stmt.RangeStmt) stmt;
                fwdGotos.addAll(blockBranches(b, new Targets(s, s, -1, 0), lstmt, s.body.pos(), s.body.list));
            } else if (stmt instanceof Stmt.SwitchStmt) {
                Stmt.SwitchStmt s = (Stmt.SwitchStmt) stmt;
                for (int i = 0; i < s.clauses.size(); i++) {
                    Stmt.CaseClause cc = s.clauses.get(i);
                    Targets inner = new Targets(s, ctxt.continues, i, s.clauses.size());
                    fwdGotos.addAll(blockBranches(b, inner, lstmt, cc.pos(), cc.body));
                }
            } else if (stmt instanceof Stmt.TypeSwitchStmt) {
                Stmt.TypeSwitchStmt s = (Stmt.TypeSwitchStmt) stmt;
                for (int i = 0; i < s.clauses.size(); i++) {
                    Stmt.CaseClause cc = s.clauses.get(i);
                    Targets inner = new Targets(s, ctxt.continues, i, s.clauses.size());
                    fwdGotos.addAll(blockBranches(b, inner, lstmt, cc.pos(), cc.body));
                }
            } else if (stmt instanceof Stmt.SelectStmt) {
                Stmt.SelectStmt s = (Stmt.SelectStmt) stmt;
                Targets inner = new Targets(s, ctxt.continues, -1, 0);
                for (Stmt.CommClause cc : s.clauses) {
                    fwdGotos.addAll(blockBranches(b, inner, lstmt, cc.pos(), cc.body));
                }
            }
        }
        return fwdGotos;
    }

    private void branchWithoutLabel(Stmt.BranchStmt s, Targets ctxt, int stmtIndex, int numStmts) {
        switch (s.tok) {
            case BREAK:
                if (ctxt.breaks == null) errh.error(s.pos(), "break is not in a loop, switch, or select");
                break;
            case CONTINUE:
                if (ctxt.continues == null) errh.error(s.pos(), "continue is not in a loop");
                break;
            case FALLTHROUGH: {
                String msg = "fallthrough statement out of place";
                if (ctxt.breaks instanceof Stmt.TypeSwitchStmt) {
                    msg = "cannot fallthrough in type switch";
                } else if (ctxt.breaks instanceof Stmt.SwitchStmt) {
                    if (ctxt.caseIndex < 0 || stmtIndex + 1 < numStmts) {
                        // out of place
                    } else if (ctxt.caseIndex + 1 == ctxt.numCases) {
                        msg = "cannot fallthrough final case in switch";
                    } else {
                        return; // fallthrough ok
                    }
                }
                errh.error(s.pos(), msg);
                break;
            }
            default:
                break; // goto always has a label
        }
    }
}
