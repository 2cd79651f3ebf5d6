package org.gongkai.infowork.control;

import org.gongkai.infowork.entity.AdoptionForm;
import org.gongkai.infowork.entity.Level;
import org.gongkai.infowork.entity.UrgentFault;
import org.gongkai.platform.entity.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScoringRulesTest {

    static final String RULES = """
            {"year": 2026, "submission": 1,
             "adoption": [{"publication": "ZWXX", "single": 5, "combined": 3}],
             "instruction": {"COUNTY": 5, "CITY": 10, "PROVINCE": 20, "STATE": 50},
             "forwardedMultiplier": 1, "negativeBonus": 2, "commissionMissed": -10,
             "urgent": {"LATE": -5, "MISSED": -10, "CONCEALED": -20, "FALSE": -10},
             "blocksAward": ["MISSED", "CONCEALED", "FALSE"], "targets": {"000014349": 120}}""";

    @Test
    void theYearsRulesAreReadFromTheirJson() {
        ScoringRules rules = ScoringRules.parse(2026, RULES);

        assertEquals(new BigDecimal("5"), rules.adoption("ZWXX", AdoptionForm.SINGLE));
        assertEquals(new BigDecimal("3"), rules.adoption("ZWXX", AdoptionForm.COMBINED));
        assertEquals(BigDecimal.ZERO, rules.adoption("OTHER", AdoptionForm.SINGLE), "a publication the rules do not name earns nothing");
        assertEquals(new BigDecimal("50"), rules.instruction(Level.STATE));
        assertEquals(new BigDecimal("-20"), rules.urgent(UrgentFault.CONCEALED));
        assertEquals(EnumSet.of(UrgentFault.MISSED, UrgentFault.CONCEALED, UrgentFault.FALSE), rules.blocksAward());
        assertEquals(new BigDecimal("120"), rules.target("000014349"));
        assertEquals(1, rules.missedCommissionsBlockAward());
    }

    @Test
    void theRulesSurviveTheirOwnJson() {
        ScoringRules rules = ScoringRules.parse(2026, RULES);

        assertEquals(rules, ScoringRules.parse(2026, rules.toJson()));
    }

    @Test
    void wrongRulesAreRefusedPerField() {
        assertEquals("year", assertThrows(InvalidInputException.class,
                () -> ScoringRules.parse(2025, RULES)).fields().keySet().iterator().next());
        assertThrows(InvalidInputException.class, () -> ScoringRules.parse(2026, "{\"instruction\":{\"TOWN\":5}}"));
        assertThrows(InvalidInputException.class, () -> ScoringRules.parse(2026, "{\"targets\":{\"000014349\":0}}"));
        assertThrows(InvalidInputException.class, () -> ScoringRules.parse(2026, "not json"));
    }
}
