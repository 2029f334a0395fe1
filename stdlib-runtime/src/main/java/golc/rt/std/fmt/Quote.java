package golc.rt.std.fmt;

/**
 * strconv's quoting as fmt uses it (%q, %#v of strings and runes), over Go byte-strings: Quote,
 * QuoteToASCII, QuoteRune, QuoteRuneToASCII, CanBackquote and IsPrint.
 */
public final class Quote {
    private static final String LOWERHEX = "0123456789abcdef";

    private Quote() {
    }

    /** strconv.Quote (asciiOnly false) or strconv.QuoteToASCII (true) of a byte-string. */
    public static String quote(String s, boolean asciiOnly) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        appendQuoted(b, s, '"', asciiOnly);
        return b.toString();
    }

    static void appendQuoted(StringBuilder b, CharSequence s, char quote, boolean asciiOnly) {
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.charAt(i) & 0xFF;
            int r = c;
            int width = 1;
            if (c >= 0x80) {
                long d = Utf8.decode(s, i);
                r = Utf8.rune(d);
                width = Utf8.width(d);
            }
            if (width == 1 && r == Utf8.RUNE_ERROR) {
                b.append("\\x").append(LOWERHEX.charAt(c >> 4)).append(LOWERHEX.charAt(c & 0xF));
            } else {
                appendEscapedRune(b, r, quote, asciiOnly);
            }
            i += width;
        }
        b.append(quote);
    }

    /** strconv.QuoteRune / QuoteRuneToASCII. */
    public static String quoteRune(int r, boolean asciiOnly) {
        if (!Utf8.validRune(r)) {
            r = Utf8.RUNE_ERROR;
        }
        StringBuilder b = new StringBuilder(8);
        b.append('\'');
        appendEscapedRune(b, r, '\'', asciiOnly);
        return b.append('\'').toString();
    }

    private static void appendEscapedRune(StringBuilder b, int r, char quote, boolean asciiOnly) {
        if (r == quote || r == '\\') {
            b.append('\\').append((char) r);
            return;
        }
        if (asciiOnly) {
            if (r < 0x80 && isPrint(r)) {
                b.append((char) r);
                return;
            }
        } else if (isPrint(r)) {
            Utf8.encode(b, r);
            return;
        }
        switch (r) {
            case 7: b.append("\\a"); return;
            case '\b': b.append("\\b"); return;
            case '\f': b.append("\\f"); return;
            case '\n': b.append("\\n"); return;
            case '\r': b.append("\\r"); return;
            case '\t': b.append("\\t"); return;
            case 11: b.append("\\v"); return;
            default: break;
        }
        if (r < ' ' || r == 0x7F) {
            b.append("\\x").append(LOWERHEX.charAt(r >> 4 & 0xF)).append(LOWERHEX.charAt(r & 0xF));
            return;
        }
        if (!Utf8.validRune(r)) {
            r = Utf8.RUNE_ERROR;
        }
        if (r < 0x10000) {
            b.append("\\u");
            for (int sh = 12; sh >= 0; sh -= 4) {
                b.append(LOWERHEX.charAt(r >> sh & 0xF));
            }
        } else {
            b.append("\\U");
            for (int sh = 28; sh >= 0; sh -= 4) {
                b.append(LOWERHEX.charAt(r >> sh & 0xF));
            }
        }
    }

    /** strconv.CanBackquote: printable without a backquote, invalid UTF-8, BOM or control other than tab. */
    public static boolean canBackquote(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            long d = Utf8.decode(s, i);
            int r = Utf8.rune(d);
            int w = Utf8.width(d);
            i += w;
            if (w > 1) {
                if (r == 0xFEFF) {
                    return false;
                }
                continue;
            }
            if (r == Utf8.RUNE_ERROR) {
                return false;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * strconv.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space. Go 1.19 and
     * JDK 17 both implement Unicode 13.0, so the JDK's general categories give Go's answer.
     */
    public static boolean isPrint(int r) {
        if (r < 0x100) {
            if (0x20 <= r && r <= 0x7E) {
                return true;
            }
            return 0xA1 <= r && r <= 0xFF && r != 0xAD;
        }
        if (!Utf8.validRune(r)) {
            return false;
        }
        switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER: case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER: case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER: case Character.LETTER_NUMBER: case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION: case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL: case Character.CURRENCY_SYMBOL: case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
