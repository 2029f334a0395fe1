package golc.syntax;

import java.nio.charset.StandardCharsets;

/**
 * gc's line directives: after {@code //line file:line[:col]} (at the start of a line) or
 * {@code /*line file:line[:col]*}{@code /}, positions are reported relative to the given file, line
 * and column (a directive without a column makes columns unknown, printed as none). One instance per
 * parsed file.
 */
final class LineDirectives {

    interface ErrorSink {
        void error(Pos pos, String msg);
    }

    private final String path;

    LineDirectives(String path) {
        this.path = path;
    }

    // The current line directive base (gc's PosBase): positions from (baseLine0, baseCol0) on map to
    // file baseFile, line baseLine, column baseCol (0: unknown). baseFile == null: no directive yet.
    private String baseFile;
    private int baseLine0;
    private int baseCol0;
    private int baseLine;
    private int baseCol;

    /** The position of absolute 1-based (line, col), mapped through the current line directive. */
    Pos posAt(int line, int col) {
        if (baseFile == null) return new Pos(path, line, col);
        int relLine = baseLine + (line - baseLine0);
        int relCol;
        if (baseCol == 0) {
            relCol = 0; // unknown until the next directive
        } else if (line == baseLine0) {
            relCol = baseCol + (col - baseCol0);
        } else {
            relCol = col;
        }
        return new Pos(baseFile, relLine, relCol);
    }

    /**
     * Handles {@code //line file:line[:col]} (at the start of a line) and {@code /*line file:line[:col]*}{@code /}
     * as gc does: positions after the comment are reported relative to the given file and line.
     */
    void directive(int line, int col, String msg, ErrorSink errh) {
        boolean lineComment = msg.charAt(1) == '/';
        if (lineComment && col != 1) return;
        String text;
        if (!lineComment) {
            if (!msg.endsWith("*/")) return;
            text = msg.substring(2, msg.length() - 2);
        } else {
            text = msg.substring(2, msg.endsWith("\r") ? msg.length() - 1 : msg.length());
        }
        // position immediately following the comment
        int nextLine = lineComment ? line + 1 : line;
        int nextCol = lineComment ? 1 : col + msg.getBytes(StandardCharsets.UTF_8).length;
        updateBase(nextLine, nextCol, line, col + 2 + 5, text.substring(5), errh);
    }

    private void updateBase(int nextLine, int nextCol, int tline, int tcol, String text, ErrorSink errh) {
        int i = text.lastIndexOf(':') + 1; // gc's trailingDigits
        if (i == 0) return; // not a line directive
        Long n = parseUint(text.substring(i));
        if (n == null) {
            errh.error(posAt(tline, tcol + i), "invalid line number: " + text.substring(i));
            return;
        }
        long line;
        long col = 0;
        int i2 = text.substring(0, i - 1).lastIndexOf(':') + 1;
        Long n2 = i2 > 0 ? parseUint(text.substring(i2, i - 1)) : null;
        if (n2 != null) {
            // file:line:col
            int t = i;
            i = i2;
            i2 = t;
            line = n2;
            col = n;
            if (col == 0 || col > (1 << 30)) {
                errh.error(posAt(tline, tcol + i2), "invalid column number: " + text.substring(i2));
                return;
            }
            text = text.substring(0, i2 - 1);
        } else {
            line = n;
        }
        if (line == 0 || line > (1 << 30)) {
            errh.error(posAt(tline, tcol + i), "invalid line number: " + text.substring(i));
            return;
        }
        String filename = text.substring(0, i - 1);
        if (filename.isEmpty() && n2 != null) filename = baseFile != null ? baseFile : path;
        baseFile = filename;
        baseLine0 = nextLine;
        baseCol0 = nextCol;
        baseLine = (int) line;
        baseCol = (int) col;
    }

    private static Long parseUint(String s) {
        if (s.isEmpty() || s.length() > 19) return null;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') return null;
        }
        return Long.parseLong(s);
    }
}
