package golc.syntax;

/**
 * A source position: file path, 1-based line, 1-based column (counted in bytes, as gc does).
 * Positions order by path, then line, then column, which is the order diagnostics are printed in.
 */
public record Pos(String path, int line, int col) implements Comparable<Pos> {

    @Override
    public int compareTo(Pos o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        if (line != o.line) return Integer.compare(line, o.line);
        return Integer.compare(col, o.col);
    }

    /** Go's format {@code path:line:col}; {@code path:line} when the column is unknown (0, after a //line directive). */
    @Override
    public String toString() {
        return col == 0 ? path + ":" + line : path + ":" + line + ":" + col;
    }
}
