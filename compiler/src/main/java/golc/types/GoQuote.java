package golc.types;

import java.nio.charset.StandardCharsets;

/** Go string quoting (strconv.Quote) of byte-strings (one char per byte), for messages. */
public final class GoQuote {
    private GoQuote() {}

    /** strconv.Quote of a byte-string; the result is ordinary Java text for messages. */
    public static String quote(String bytes) {
        byte[] b = bytes.getBytes(StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder("\"");
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int r, n;
            if (c < 0x80) { r = c; n = 1; }
            else {
                int[] dec = decodeRune(b, i);
                r = dec[0]; n = dec[1];
                if (r < 0) { sb.append(String.format("\\x%02x", c)); i++; continue; }
            }
            i += n;
            if (r == '"' || r == '\\') { sb.append('\\').appendCodePoint(r); continue; }
            if (isPrint(r)) { sb.appendCodePoint(r); continue; }
            switch (r) {
                case 7: sb.append("\\a"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case 11: sb.append("\\v"); break;
                default:
                    if (r < ' ' || r == 0x7f) sb.append(String.format("\\x%02x", r));
                    else if (r < 0x10000) sb.append(String.format("\\u%04x", r));
                    else sb.append(String.format("\\U%08x", r));
            }
        }
        return sb.append('"').toString();
    }

    static boolean isPrint(int r) {
        if (r < 0x20 || r == 0x7f) return false;
        if (r < 0x7f) return true;
        if (r >= 0x80 && r < 0xa0) return false;
        if (r == 0xad) return false;
        int t = Character.getType(r);
        return t != Character.UNASSIGNED && t != Character.CONTROL && t != Character.FORMAT
                && t != Character.SURROGATE && t != Character.PRIVATE_USE && t != Character.LINE_SEPARATOR
                && t != Character.PARAGRAPH_SEPARATOR && !(t == Character.SPACE_SEPARATOR && r != ' ');
    }

    /** Decodes one UTF-8 rune at i: {rune, length}, rune -1 if invalid. */
    static int[] decodeRune(byte[] b, int i) {
        int c = b[i] & 0xff;
        int n, r;
        if (c >= 0xc2 && c <= 0xdf) { n = 2; r = c & 0x1f; }
        else if (c >= 0xe0 && c <= 0xef) { n = 3; r = c & 0x0f; }
        else if (c >= 0xf0 && c <= 0xf4) { n = 4; r = c & 0x07; }
        else return new int[] {-1, 1};
        if (i + n > b.length) return new int[] {-1, 1};
        for (int k = 1; k < n; k++) {
            int cc = b[i + k] & 0xff;
            if ((cc & 0xc0) != 0x80) return new int[] {-1, 1};
            r = (r << 6) | (cc & 0x3f);
        }
        if ((n == 3 && r < 0x800) || (n == 4 && (r < 0x10000 || r > 0x10ffff)) || (r >= 0xd800 && r <= 0xdfff)) return new int[] {-1, 1};
        return new int[] {r, n};
    }

    /** The byte-string UTF-8 encoding of a code point (invalid code points become U+FFFD). */
    public static String utf8(int cp) {
        if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
        return new String(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
