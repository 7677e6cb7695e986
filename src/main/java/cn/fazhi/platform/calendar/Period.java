package cn.fazhi.platform.calendar;

import cn.fazhi.platform.kernel.BusinessException;

/**
 * A statutory period: an amount, a unit and optionally the provision that sets it (e.g. "行政复议法(2023)第三十条").
 * The amount is at least 1 and at most about ten years ({@link PeriodUnit#maxAmount()}).
 */
public record Period(int amount, PeriodUnit unit, String statutoryBasis) {

    public Period {
        if (unit == null) {
            throw BusinessException.invalid("unit", "请选择期间单位,可选值: " + PeriodUnit.choices());
        }
        if (amount < 1) {
            throw BusinessException.invalid("amount", "期间数量必须至少为 1(收到 " + amount + ")");
        }
        if (amount > unit.maxAmount()) {
            throw BusinessException.invalid("amount",
                    "期间数量不能超过 " + unit.maxAmount() + unit.suffix() + "(收到 " + amount + "),请检查输入");
        }
        statutoryBasis = statutoryBasis == null || statutoryBasis.isBlank() ? null : statutoryBasis.trim();
    }

    public static Period workingDays(int amount) {
        return new Period(amount, PeriodUnit.WORKING_DAYS, null);
    }

    public static Period naturalDays(int amount) {
        return new Period(amount, PeriodUnit.NATURAL_DAYS, null);
    }

    public static Period months(int amount) {
        return new Period(amount, PeriodUnit.MONTHS, null);
    }

    /** The same period with the provision that sets it, shown in the deadline's basis text. */
    public Period withBasis(String provision) {
        return new Period(amount, unit, provision);
    }

    /** E.g. "5个工作日", "15日", "6个月". */
    public String describe() {
        return amount + unit.suffix();
    }
}
