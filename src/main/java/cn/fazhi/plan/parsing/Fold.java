package cn.fazhi.plan.parsing;

/**
 * Length-preserving folding of a plan's text for matching: full-width ASCII (（）：，．１) becomes half-width, the
 * ideographic and no-break spaces become spaces, small and other bracket forms become ( ), and the traditional forms
 * of the few words the parser looks for (牽頭單位, 責任單位, 落實, 時限, 持續, 長期堅持) become simplified. Every char maps to
 * one char, so an index into the folded text is an index into the original, and what the user wrote is returned as
 * written.
 */
final class Fold {

    private static final String TRADITIONAL = "牽頭單責實時續進長堅階負辦會與達執級現務項規劃類區內營報";
    private static final String SIMPLIFIED = "牵头单责实时续进长坚阶负办会与达执级现务项规划类区内营报";

    /** fold(c) for every char, computed once. */
    private static final char[] TABLE = new char[0x10000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = compute((char) c);
        }
    }

    private Fold() {
    }

    static char fold(char c) {
        return TABLE[c];
    }

    private static char compute(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u200B', '\uFEFF', '\t':
                return ' ';
            case '\uFE59', '\u207D', '\u208D':
                return '(';
            case '\uFE5A', '\u207E', '\u208E':
                return ')';
            case '\uFE55':
                return ':';
            case '\uFE50':
                return ',';
            case '\uFE52', '\u2024':
                return '.';
            default:
                int i = TRADITIONAL.indexOf(c);
                return i >= 0 ? SIMPLIFIED.charAt(i) : c;
        }
    }

    static String fold(String s) {
        char[] out = s.toCharArray();
        boolean changed = false;
        for (int i = 0; i < out.length; i++) {
            char f = TABLE[out[i]];
            if (f != out[i]) {
                out[i] = f;
                changed = true;
            }
        }
        return changed ? new String(out) : s;
    }

    /** Trims spaces, ideographic spaces and other blanks (the folded forms) from both ends. */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isBlank(s.charAt(b))) {
            b++;
        }
        while (e > b && isBlank(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** The value of a number written in Arabic digits or Chinese numerals (一…九十九百, 〇/零, 两), or -1. */
    static int number(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return -1;
        }
        boolean digits = true;
        for (int i = 0; i < s.length(); i++) {
            digits &= s.charAt(i) >= '0' && s.charAt(i) <= '9';
        }
        if (digits) {
            return Integer.parseInt(s);
        }
        int total = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }
}
