package golc.rt.std.fmt;

import golc.rt.Strings;

/**
 * strconv's quoting as fmt uses it (%q, %#v of strings and runes), over Go byte-strings: Quote,
 * QuoteToASCII, QuoteRune, QuoteRuneToASCII and CanBackquote. The escaping itself is the runtime's
 * ({@link Strings#quote}, {@link Strings#appendEscapedRune}), which package strconv uses too.
 */
public final class Quote {
    private Quote() {
    }

    /** strconv.Quote (asciiOnly false) or strconv.QuoteToASCII (true) of a byte-string. */
    public static String quote(String s, boolean asciiOnly) {
        return Strings.quoteWith(s, '"', asciiOnly);
    }

    /** strconv.QuoteRune / QuoteRuneToASCII. */
    public static String quoteRune(int r, boolean asciiOnly) {
        if (!Utf8.validRune(r)) {
            r = Utf8.RUNE_ERROR;
        }
        StringBuilder b = new StringBuilder(8);
        b.append('\'');
        Strings.appendEscapedRune(b, r, '\'', asciiOnly ? Strings.QUOTE_ASCII : Strings.QUOTE_PRINT);
        return b.append('\'').toString();
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
}
