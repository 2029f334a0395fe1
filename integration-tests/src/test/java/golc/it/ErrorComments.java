package golc.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code // ERROR "regexp" ...} comments of a compile-error program, as in Go's test/ directory:
 * each quoted regexp must match a distinct diagnostic reported on the comment's line.
 */
final class ErrorComments {
    /** One expected error: source line and regexp. */
    record Expect(int line, Pattern re) {
        @Override
        public String toString() {
            return "line " + line + ": ERROR \"" + re.pattern() + "\"";
        }
    }

    private ErrorComments() {}

    static List<Expect> parse(String source) {
        List<Expect> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf("// ERROR ");
            if (at < 0) continue;
            String rest = lines[i].substring(at + "// ERROR ".length());
            for (String re : quotedStrings(rest, i + 1)) out.add(new Expect(i + 1, Pattern.compile(re, Pattern.DOTALL)));
        }
        return out;
    }

    /** The Go-quoted strings ("..." with backslash escapes, or `...`) in {@code s}, unquoted. */
    static List<String> quotedStrings(String s, int line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '`') {
                int end = s.indexOf('`', i + 1);
                if (end < 0) throw new IllegalArgumentException("line " + line + ": unterminated ` in ERROR comment");
                out.add(s.substring(i + 1, end));
                i = end + 1;
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                for (; j < s.length() && s.charAt(j) != '"'; j++) {
                    char d = s.charAt(j);
                    if (d == '\\' && j + 1 < s.length()) {
                        char e = s.charAt(++j);
                        switch (e) {
                            case 'n' -> sb.append('\n');
                            case 't' -> sb.append('\t');
                            case '"', '\\' -> sb.append(e);
                            // Go source "\(" is not valid Go, but test files write regexps in Go strings,
                            // so an escaped regexp metacharacter stays escaped for the regexp.
                            default -> sb.append('\\').append(e);
                        }
                    } else {
                        sb.append(d);
                    }
                }
                if (j >= s.length()) throw new IllegalArgumentException("line " + line + ": unterminated \" in ERROR comment");
                out.add(sb.toString());
                i = j + 1;
            } else {
                break; // anything else ends the list (e.g. a trailing comment)
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("line " + line + ": ERROR comment without a quoted regexp");
        return out;
    }
}
