package com.weibao.inspection;

import java.math.BigDecimal;

/** What the engineer entered for one checklist item (by its code); the fields the item's kind needs. */
public record ItemEntry(String code, ItemOutcome outcome, BigDecimal value, String note) {
}
