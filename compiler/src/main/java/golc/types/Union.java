package golc.types;

import java.util.List;

/** A union of terms, as embedded in a constraint interface: ~int | string. */
public final class Union extends Type {
    private final List<Term> terms;
    public Union(List<Term> terms) { this.terms = List.copyOf(terms); }
    public List<Term> terms() { return terms; }
}
