package cn.fazhi.plan;

/** Chinese heading labels for generated sections: (一), (二) … for areas, 1. 2. … for sub-areas. */
public final class Numbering {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Numbering() {
    }

    public static String area(int n) {
        return "(" + chinese(n) + ")";
    }

    public static String subArea(int n) {
        return n + ".";
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (up to 99). */
    public static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }
}
