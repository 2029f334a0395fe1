package golc.types;

import java.util.List;

/** A struct type; fields are {@link Var}s with isField() set, tags parallel to fields ("" if none). */
public final class Struct extends Type {
    private final List<Var> fields;
    private final List<String> tags;
    public Struct(List<Var> fields, List<String> tags) {
        this.fields = List.copyOf(fields);
        this.tags = tags == null ? java.util.Collections.nCopies(fields.size(), "") : List.copyOf(tags);
    }
    public List<Var> fields() { return fields; }
    public Var field(int i) { return fields.get(i); }
    public String tag(int i) { return tags.get(i); }
    public int numFields() { return fields.size(); }
}
