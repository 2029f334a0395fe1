package golc.rt.std.strconvf;

/** Reads back the strconv.Quote form the Go generators write, giving a byte-string (one char per byte). */
final class GoQuote {
    private GoQuote() {
    }

    static String unquote(String q) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < q.length() - 1; i++) {
            char c = q.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = q.charAt(++i);
            switch (e) {
                case 'a': b.append('\007'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'n': b.append('\n'); break;
                case 'r': b.append('\r'); break;
                case 't': b.append('\t'); break;
                case 'v': b.append('\013'); break;
                case 'x':
                    b.append((char) Integer.parseInt(q.substring(i + 1, i + 3), 16));
                    i += 2;
                    break;
                case 'u': case 'U': {
                    int n = e == 'u' ? 4 : 8;
                    int cp = Integer.parseInt(q.substring(i + 1, i + 1 + n), 16);
                    for (byte by : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        b.append((char) (by & 0xFF));
                    }
                    i += n;
                    break;
                }
                default: b.append(e); break;
            }
        }
        return b.toString();
    }
}
