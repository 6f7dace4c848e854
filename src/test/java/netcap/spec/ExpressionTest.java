package netcap.spec;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpressionTest {
    private static final List<String> NAMES = List.of("membersFinal", "membersMean", "agents", "steps", "x", "network.n");

    private static Expression parse(String s) {
        try {
            return Expression.parse(s, NAMES);
        } catch (Expression.ParseException e) {
            throw new AssertionError(s + ": " + e.getMessage(), e);
        }
    }

    private static double num(String s) {
        return parse(s).value(Map.of());
    }

    private static boolean bool(String s, Map<String, Double> v) {
        return parse(s).test(v);
    }

    private static Expression.ParseException error(String s) {
        return assertThrows(Expression.ParseException.class, () -> Expression.parse(s, NAMES));
    }

    @Test
    void arithmeticPrecedenceAndAssociativity() {
        assertEquals(7.0, num("1 + 2 * 3"));
        assertEquals(9.0, num("(1 + 2) * 3"));
        assertEquals(2.0, num("8 / 2 / 2"));
        assertEquals(-1.0, num("1 - 1 - 1"));
        assertEquals(-6.0, num("-2 * 3"));
        assertEquals(5.0, num("- -5"));
        assertEquals(1500.0, num("1.5e3"));
        assertEquals(0.25, num(".25"));
        assertFalse(parse("1 + 2").isBoolean());
    }

    @Test
    void logicPrecedenceNotOverAndOverOr() {
        Map<String, Double> v = Map.of();
        // and binds tighter than or: true or (false and false)
        assertTrue(bool("1 < 2 or 2 < 1 and 3 < 1", v));
        assertFalse(bool("(1 < 2 or 2 < 1) and 3 < 1", v));
        // not binds tighter than and: (not false) and true
        assertTrue(bool("not 2 < 1 and 1 < 2", v));
        assertFalse(bool("not (2 < 1 or 1 < 2)", v));
        assertTrue(bool("not not 1 == 1", v));
        // arithmetic binds tighter than comparison
        assertTrue(bool("1 + 1 == 2", v));
        assertTrue(bool("2 * 3 > 5 and 6 / 3 <= 2 and 1 != 2 and 3 >= 3", v));
    }

    @Test
    void namesAreLookedUp() {
        Expression e = parse("membersFinal >= 0.5 * agents and steps > 0");
        assertTrue(e.isBoolean());
        assertEquals(List.of("membersFinal", "agents", "steps"), e.names());
        assertTrue(e.test(Map.of("membersFinal", 500.0, "agents", 1000.0, "steps", 10.0)));
        assertFalse(e.test(Map.of("membersFinal", 499.0, "agents", 1000.0, "steps", 10.0)));
        // dotted names (varied keys such as network.n)
        assertTrue(bool("network.n * 2 == 200", Map.of("network.n", 100.0)));
        assertTrue(error("network.k > 1").getMessage().contains("did you mean 'network.n'?"));
        // NaN compares false, != NaN is true; a missing value is NaN
        assertFalse(bool("x > 0", Map.of("x", Double.NaN)));
        assertFalse(bool("x <= 0", Map.of()));
        assertTrue(bool("x != 0", Map.of("x", Double.NaN)));
        assertTrue(bool("not x > 0", Map.of("x", Double.NaN)));
    }

    @Test
    void errorsNameTheColumn() {
        Expression.ParseException e = error("membersFinal >= 0.5 * agentz");
        assertEquals(23, e.getColumn());
        assertTrue(e.getMessage().contains("unknown statistic 'agentz'; did you mean 'agents'?"), e.getMessage());
        assertEquals(16, error("membersFinal >=").getColumn());
        assertTrue(error("(1 < 2").getMessage().contains("missing ')' for the '(' at column 1"));
        assertEquals(7, error("1 < 2 )").getColumn());
        assertTrue(error("1 < 2 < 3").getMessage().contains("do not chain"));
        assertTrue(error("1 = 2").getMessage().contains("unknown operator '='"));
        assertTrue(error("x and 1 < 2").getMessage().contains("'and' needs a truth value"));
        assertTrue(error("1 < 2 or x").getMessage().contains("'or' needs a truth value"));
        assertTrue(error("not x").getMessage().contains("'not' needs a truth value"));
        assertTrue(error("(1 < 2) + 1").getMessage().contains("'+' needs a number"));
        assertTrue(error("1 < (2 > 1)").getMessage().contains("'<' needs a number"));
        assertTrue(error("1 < 2 and").getMessage().contains("expression ends"));
        assertTrue(error("2x > 1").getMessage().contains("a number runs into a name"));
        assertTrue(error("x # 1").getMessage().contains("unexpected '#"));
        assertTrue(error("").getMessage().contains("expression ends"));
        assertTrue(error("and < 1").getMessage().contains("'and' where a number"));
        assertThrows(IllegalStateException.class, () -> parse("1 + 1").test(Map.of()));
    }
}
