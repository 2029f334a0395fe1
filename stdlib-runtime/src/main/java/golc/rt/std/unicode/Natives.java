package golc.rt.std.unicode;

/**
 * Natives of Go package unicode (golc/std/unicode/natives.go) over java.lang.Character, whose Unicode
 * version (13.0 in Java 17) is the one Go 1.19's tables were generated from.
 */
public final class Natives {
    private Natives() {
    }

    // Java's general category constants, mapped to the numbering of natives.go (catCn = 0, catLu = 1, ...).
    private static final byte[] CATEGORY = new byte[31];

    static {
        CATEGORY[Character.UNASSIGNED] = 0;
        CATEGORY[Character.UPPERCASE_LETTER] = 1;
        CATEGORY[Character.LOWERCASE_LETTER] = 2;
        CATEGORY[Character.TITLECASE_LETTER] = 3;
        CATEGORY[Character.MODIFIER_LETTER] = 4;
        CATEGORY[Character.OTHER_LETTER] = 5;
        CATEGORY[Character.NON_SPACING_MARK] = 6;
        CATEGORY[Character.COMBINING_SPACING_MARK] = 7;
        CATEGORY[Character.ENCLOSING_MARK] = 8;
        CATEGORY[Character.DECIMAL_DIGIT_NUMBER] = 9;
        CATEGORY[Character.LETTER_NUMBER] = 10;
        CATEGORY[Character.OTHER_NUMBER] = 11;
        CATEGORY[Character.CONNECTOR_PUNCTUATION] = 12;
        CATEGORY[Character.DASH_PUNCTUATION] = 13;
        CATEGORY[Character.START_PUNCTUATION] = 14;
        CATEGORY[Character.END_PUNCTUATION] = 15;
        CATEGORY[Character.INITIAL_QUOTE_PUNCTUATION] = 16;
        CATEGORY[Character.FINAL_QUOTE_PUNCTUATION] = 17;
        CATEGORY[Character.OTHER_PUNCTUATION] = 18;
        CATEGORY[Character.MATH_SYMBOL] = 19;
        CATEGORY[Character.CURRENCY_SYMBOL] = 20;
        CATEGORY[Character.MODIFIER_SYMBOL] = 21;
        CATEGORY[Character.OTHER_SYMBOL] = 22;
        CATEGORY[Character.SPACE_SEPARATOR] = 23;
        CATEGORY[Character.LINE_SEPARATOR] = 24;
        CATEGORY[Character.PARAGRAPH_SEPARATOR] = 25;
        CATEGORY[Character.CONTROL] = 26;
        CATEGORY[Character.FORMAT] = 27;
        CATEGORY[Character.SURROGATE] = 28;
        CATEGORY[Character.PRIVATE_USE] = 29;
    }

    private static boolean valid(int r) {
        return r >= 0 && r <= Character.MAX_CODE_POINT;
    }

    /** func category(r rune) int */
    public static long category(int r) {
        return valid(r) ? CATEGORY[Character.getType(r)] : 0;
    }

    /** func isSpaceChar(r rune) bool */
    public static boolean isSpaceChar(int r) {
        return valid(r) && Character.isSpaceChar(r);
    }

    /** func toUpper(r rune) rune */
    public static int toUpper(int r) {
        return valid(r) ? Character.toUpperCase(r) : r;
    }

    /** func toLower(r rune) rune */
    public static int toLower(int r) {
        return valid(r) ? Character.toLowerCase(r) : r;
    }

    /** func toTitle(r rune) rune */
    public static int toTitle(int r) {
        return valid(r) ? Character.toTitleCase(r) : r;
    }

    /** func scriptID(name string) int: the JVM's number of the Unicode script named as in Go's tables. */
    public static long scriptID(String name) {
        return Character.UnicodeScript.forName(golc.rt.Strings.toJava(name)).ordinal();
    }

    /** func scriptOf(r rune) int */
    public static long scriptOf(int r) {
        return Character.UnicodeScript.of(r).ordinal();
    }
}
