// Dumps go/ast trees in golc's AstDump format, one file per argument, "== path" headers.
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
)

var w *bufio.Writer

func p(s string) { w.WriteString(s) }

func list[T any](xs []T, f func(T)) {
	p("[")
	for i, x := range xs {
		if i > 0 {
			p(" ")
		}
		f(x)
	}
	p("]")
}

func idents(xs []*ast.Ident) { list(xs, func(x *ast.Ident) { node(x) }) }
func exprs(xs []ast.Expr)     { list(xs, func(x ast.Expr) { node(x) }) }
func stmts(xs []ast.Stmt)     { list(xs, func(x ast.Stmt) { node(x) }) }

func open(k string) { p("(" + k) }
func sp(n ast.Node) { p(" "); node(n) }
func spS(s string)  { p(" " + s) }

func tok(t token.Token) string { return t.String() }

func fieldList(fl *ast.FieldList) {
	if fl == nil {
		p("nil")
		return
	}
	at(fl.Pos())
	open("FieldList")
	p(" ")
	list(fl.List, func(f *ast.Field) {
		at(f.Pos())
		open("Field")
		p(" ")
		idents(f.Names)
		sp(f.Type)
		if f.Tag == nil {
			p(" nil")
		} else {
			sp(f.Tag)
		}
		p(")")
	})
	p(")")
}

func isNil(n ast.Node) bool {
	switch x := n.(type) {
	case nil:
		return true
	case *ast.Ident:
		return x == nil
	case *ast.BasicLit:
		return x == nil
	case *ast.BlockStmt:
		return x == nil
	case *ast.FuncType:
		return x == nil
	case *ast.CallExpr:
		return x == nil
	}
	return false
}

var fset *token.FileSet

func at(pos token.Pos) {
	q := fset.Position(pos)
	p(fmt.Sprintf("@%d:%d ", q.Line, q.Column))
}

func node(n ast.Node) {
	if isNil(n) {
		p("nil")
		return
	}
	at(n.Pos())
	switch x := n.(type) {
	case *ast.Ident:
		p(x.Name)
	case *ast.BasicLit:
		p(x.Value)
	case *ast.BadExpr:
		p("(BadExpr)")
	case *ast.Ellipsis:
		open("Ellipsis")
		sp(x.Elt)
		p(")")
	case *ast.CompositeLit:
		open("CompositeLit")
		sp(x.Type)
		p(" ")
		exprs(x.Elts)
		p(")")
	case *ast.FuncLit:
		open("FuncLit")
		sp(x.Type)
		sp(x.Body)
		p(")")
	case *ast.ParenExpr:
		open("ParenExpr")
		sp(x.X)
		p(")")
	case *ast.SelectorExpr:
		open("SelectorExpr")
		sp(x.X)
		sp(x.Sel)
		p(")")
	case *ast.IndexExpr:
		open("IndexExpr")
		sp(x.X)
		sp(x.Index)
		p(")")
	case *ast.IndexListExpr:
		open("IndexListExpr")
		sp(x.X)
		p(" ")
		exprs(x.Indices)
		p(")")
	case *ast.SliceExpr:
		open("SliceExpr")
		sp(x.X)
		sp(x.Low)
		sp(x.High)
		sp(x.Max)
		spS(fmt.Sprint(x.Slice3))
		p(")")
	case *ast.TypeAssertExpr:
		open("TypeAssertExpr")
		sp(x.X)
		sp(x.Type)
		p(")")
	case *ast.CallExpr:
		open("CallExpr")
		sp(x.Fun)
		p(" ")
		exprs(x.Args)
		if x.Ellipsis.IsValid() {
			p(" ...")
		} else {
			p(" nil")
		}
		p(")")
	case *ast.StarExpr:
		open("StarExpr")
		sp(x.X)
		p(")")
	case *ast.UnaryExpr:
		open("UnaryExpr")
		spS(tok(x.Op))
		sp(x.X)
		p(")")
	case *ast.BinaryExpr:
		open("BinaryExpr")
		sp(x.X)
		spS(tok(x.Op))
		sp(x.Y)
		p(")")
	case *ast.KeyValueExpr:
		open("KeyValueExpr")
		sp(x.Key)
		sp(x.Value)
		p(")")
	case *ast.ArrayType:
		open("ArrayType")
		sp(x.Len)
		sp(x.Elt)
		p(")")
	case *ast.StructType:
		open("StructType")
		p(" ")
		fieldList(x.Fields)
		p(")")
	case *ast.FuncType:
		open("FuncType")
		p(" ")
		fieldList(x.TypeParams)
		p(" ")
		fieldList(x.Params)
		p(" ")
		fieldList(x.Results)
		p(")")
	case *ast.InterfaceType:
		open("InterfaceType")
		p(" ")
		fieldList(x.Methods)
		p(")")
	case *ast.MapType:
		open("MapType")
		sp(x.Key)
		sp(x.Value)
		p(")")
	case *ast.ChanType:
		open("ChanType")
		switch x.Dir {
		case ast.SEND:
			p(" SEND")
		case ast.RECV:
			p(" RECV")
		default:
			p(" BOTH")
		}
		sp(x.Value)
		p(")")
	case *ast.BadStmt:
		p("(BadStmt)")
	case *ast.DeclStmt:
		open("DeclStmt")
		sp(x.Decl)
		p(")")
	case *ast.EmptyStmt:
		open("EmptyStmt")
		spS(fmt.Sprint(x.Implicit))
		p(")")
	case *ast.LabeledStmt:
		open("LabeledStmt")
		sp(x.Label)
		sp(x.Stmt)
		p(")")
	case *ast.ExprStmt:
		open("ExprStmt")
		sp(x.X)
		p(")")
	case *ast.SendStmt:
		open("SendStmt")
		sp(x.Chan)
		sp(x.Value)
		p(")")
	case *ast.IncDecStmt:
		open("IncDecStmt")
		sp(x.X)
		spS(tok(x.Tok))
		p(")")
	case *ast.AssignStmt:
		open("AssignStmt")
		p(" ")
		exprs(x.Lhs)
		spS(tok(x.Tok))
		p(" ")
		exprs(x.Rhs)
		p(")")
	case *ast.GoStmt:
		open("GoStmt")
		sp(x.Call)
		p(")")
	case *ast.DeferStmt:
		open("DeferStmt")
		sp(x.Call)
		p(")")
	case *ast.ReturnStmt:
		open("ReturnStmt")
		p(" ")
		exprs(x.Results)
		p(")")
	case *ast.BranchStmt:
		open("BranchStmt")
		spS(tok(x.Tok))
		sp(x.Label)
		p(")")
	case *ast.BlockStmt:
		open("BlockStmt")
		p(" ")
		stmts(x.List)
		p(")")
	case *ast.IfStmt:
		open("IfStmt")
		sp(x.Init)
		sp(x.Cond)
		sp(x.Body)
		sp(x.Else)
		p(")")
	case *ast.CaseClause:
		open("CaseClause")
		p(" ")
		exprs(x.List)
		p(" ")
		stmts(x.Body)
		p(")")
	case *ast.SwitchStmt:
		open("SwitchStmt")
		sp(x.Init)
		sp(x.Tag)
		p(" ")
		stmts(x.Body.List)
		p(")")
	case *ast.TypeSwitchStmt:
		open("TypeSwitchStmt")
		sp(x.Init)
		switch a := x.Assign.(type) {
		case *ast.AssignStmt:
			sp(a.Lhs[0])
			sp(a.Rhs[0])
		case *ast.ExprStmt:
			p(" nil")
			sp(a.X)
		}
		p(" ")
		stmts(x.Body.List)
		p(")")
	case *ast.CommClause:
		open("CommClause")
		sp(x.Comm)
		p(" ")
		stmts(x.Body)
		p(")")
	case *ast.SelectStmt:
		open("SelectStmt")
		p(" ")
		stmts(x.Body.List)
		p(")")
	case *ast.ForStmt:
		open("ForStmt")
		sp(x.Init)
		sp(x.Cond)
		sp(x.Post)
		sp(x.Body)
		p(")")
	case *ast.RangeStmt:
		open("RangeStmt")
		sp(x.Key)
		sp(x.Value)
		if x.Key == nil {
			p(" nil")
		} else {
			spS(tok(x.Tok))
		}
		sp(x.X)
		sp(x.Body)
		p(")")
	case *ast.BadDecl:
		p("(BadDecl)")
	case *ast.GenDecl:
		open("GenDecl")
		spS(tok(x.Tok))
		p(" [")
		for i, s := range x.Specs {
			if i > 0 {
				p(" ")
			}
			spec(s, i, x.Tok)
		}
		p("])")
	case *ast.FuncDecl:
		open("FuncDecl")
		p(" ")
		fieldList(x.Recv)
		sp(x.Name)
		sp(x.Type)
		sp(x.Body)
		p(")")
	default:
		panic(fmt.Sprintf("unknown node %T", n))
	}
}

func spec(s ast.Spec, i int, t token.Token) {
	at(s.Pos())
	switch x := s.(type) {
	case *ast.ImportSpec:
		open("ImportSpec")
		sp(x.Name)
		sp(x.Path)
		p(")")
	case *ast.ValueSpec:
		open("ValueSpec")
		p(" ")
		idents(x.Names)
		sp(x.Type)
		p(" ")
		exprs(x.Values)
		if t == token.CONST {
			spS(fmt.Sprint(i))
		} else {
			p(" 0")
		}
		p(")")
	case *ast.TypeSpec:
		open("TypeSpec")
		sp(x.Name)
		p(" ")
		fieldList(x.TypeParams)
		sp(x.Type)
		p(")")
	}
}

func main() {
	w = bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	for _, path := range os.Args[1:] {
		fset = token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		p("== " + path + "\n")
		if err != nil {
			p("ERROR " + strings.ReplaceAll(err.Error(), "\n", " ") + "\n")
			continue
		}
		at(f.Pos())
		open("File")
		sp(f.Name)
		p(" [")
		for i, s := range f.Imports {
			if i > 0 {
				p(" ")
			}
			spec(s, i, token.IMPORT)
		}
		p("] [")
		for i, d := range f.Decls {
			if i > 0 {
				p(" ")
			}
			node(d)
		}
		p("])\n")
	}
}
