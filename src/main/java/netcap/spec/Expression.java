package netcap.spec;

import netcap.util.Names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A boolean or numeric expression over named numbers, as regimes use them:
 * {@code membersFinal >= 0.5 * agents and not totalKnowledgeFinal < 10}. The grammar, from the
 * loosest binding:
 * <pre>
 *   or      = and { "or" and }
 *   and     = not { "and" not }
 *   not     = "not" not | compare
 *   compare = sum [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum ]
 *   sum     = product { ("+" | "-") product }
 *   product = unary { ("*" | "/") unary }
 *   unary   = "-" unary | primary
 *   primary = number | name | "(" or ")"
 * </pre>
 * Comparisons do not chain; arithmetic and comparisons take numbers, {@code and}, {@code or} and
 * {@code not} take truth values, and both are checked when parsing. Arithmetic follows IEEE
 * doubles: a comparison with NaN (a statistic a run does not have, e.g. the time to an event
 * that did not happen) is false, and {@code !=} with NaN is true. A name may contain dots
 * between its parts ({@code network.n}, {@code mechanisms.trust}).
 */
public final class Expression {
    /** A parse error at a 1-based column of the text. */
    public static final class ParseException extends Exception {
        private final int column;

        ParseException(int column, String message) {
            super(message);
            this.column = column;
        }

        /** The 1-based column of the text where the problem is. */
        public int getColumn() {
            return column;
        }
    }

    private interface Node {
        double eval(Map<String, Double> vars);
    }

    private final String text;
    private final Node root;
    private final boolean bool;
    private final List<String> names;

    private Expression(String text, Node root, boolean bool, List<String> names) {
        this.text = text;
        this.root = root;
        this.bool = bool;
        this.names = List.copyOf(names);
    }

    /**
     * Parses {@code text}; names must be in {@code known}. The result may be numeric or boolean
     * ({@link #isBoolean()}).
     */
    public static Expression parse(String text, Collection<String> known) throws ParseException {
        Parser p = new Parser(text, known);
        Typed t = p.or();
        p.skip();
        if (p.pos < text.length()) {
            throw new ParseException(p.pos + 1, "unexpected '" + p.rest() + "' after a complete expression");
        }
        return new Expression(text, t.node, t.bool, p.used);
    }

    /** The text parsed. */
    public String text() {
        return text;
    }

    /** Whether the expression is a truth value (a comparison, and, or, not). */
    public boolean isBoolean() {
        return bool;
    }

    /** The names it uses, in order of first use. */
    public List<String> names() {
        return names;
    }

    /** The numeric value (1 or 0 for a truth value); a missing name counts as NaN. */
    public double value(Map<String, Double> vars) {
        return root.eval(vars);
    }

    /** The truth value of a boolean expression. */
    public boolean test(Map<String, Double> vars) {
        if (!bool) {
            throw new IllegalStateException("not a boolean expression: " + text);
        }
        return root.eval(vars) != 0.0;
    }

    @Override
    public String toString() {
        return text;
    }

    private record Typed(Node node, boolean bool) {
    }

    private static final class Parser {
        private final String s;
        private final Collection<String> known;
        private final List<String> used = new ArrayList<>();
        private int pos;

        Parser(String s, Collection<String> known) {
            this.s = s;
            this.known = known;
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        String rest() {
            int end = pos;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            return s.substring(pos, end);
        }

        /** Consumes the keyword {@code word} if it comes next as a whole word. */
        boolean word(String word) {
            skip();
            int end = pos + word.length();
            if (s.startsWith(word, pos) && (end == s.length() || !Character.isJavaIdentifierPart(s.charAt(end)))) {
                pos = end;
                return true;
            }
            return false;
        }

        /** Consumes the symbol {@code sym} if it comes next. */
        boolean symbol(String sym) {
            skip();
            if (s.startsWith(sym, pos)) {
                pos += sym.length();
                return true;
            }
            return false;
        }

        private ParseException error(int at, String message) {
            return new ParseException(at + 1, message);
        }

        private Typed needBool(Typed t, int at, String op) throws ParseException {
            if (!t.bool) {
                throw error(at, "'" + op + "' needs a truth value (a comparison such as x > 1), got a number");
            }
            return t;
        }

        private Typed needNumber(Typed t, int at, String op) throws ParseException {
            if (t.bool) {
                throw error(at, "'" + op + "' needs a number, got a truth value");
            }
            return t;
        }

        Typed or() throws ParseException {
            return logical("or", this::and);
        }

        Typed and() throws ParseException {
            return logical("and", this::not);
        }

        /** {@code next { word next }}: truth values joined by {@code and} or {@code or}. */
        private Typed logical(String op, Level next) throws ParseException {
            skip();
            int at = pos;
            Typed left = next.parse();
            boolean isOr = op.equals("or");
            while (true) {
                if (!word(op)) {
                    return left;
                }
                needBool(left, at, op);
                skip();
                int rAt = pos;
                Typed right = needBool(next.parse(), rAt, op);
                Node a = left.node;
                Node b = right.node;
                left = new Typed(isOr ? v -> a.eval(v) != 0.0 || b.eval(v) != 0.0 ? 1.0 : 0.0
                        : v -> a.eval(v) != 0.0 && b.eval(v) != 0.0 ? 1.0 : 0.0, true);
            }
        }

        Typed not() throws ParseException {
            if (word("not")) {
                skip();
                int at = pos;
                Node a = needBool(not(), at, "not").node;
                return new Typed(v -> a.eval(v) != 0.0 ? 0.0 : 1.0, true);
            }
            return compare();
        }

        private static final String[] COMPARISONS = {"<=", ">=", "==", "!=", "<", ">"};

        Typed compare() throws ParseException {
            skip();
            int at = pos;
            Typed left = sum();
            skip();
            for (String op : COMPARISONS) {
                if (symbol(op)) {
                    needNumber(left, at, op);
                    skip();
                    int rAt = pos;
                    Typed right = needNumber(sum(), rAt, op);
                    skip();
                    for (String again : COMPARISONS) {
                        if (s.startsWith(again, pos)) {
                            throw error(pos, "comparisons do not chain ('" + op + "' then '" + again
                                    + "'); join them with 'and'");
                        }
                    }
                    Node a = left.node;
                    Node b = right.node;
                    Node n = switch (op) {
                        case "<=" -> v -> a.eval(v) <= b.eval(v) ? 1.0 : 0.0;
                        case ">=" -> v -> a.eval(v) >= b.eval(v) ? 1.0 : 0.0;
                        case "==" -> v -> a.eval(v) == b.eval(v) ? 1.0 : 0.0;
                        case "!=" -> v -> a.eval(v) != b.eval(v) ? 1.0 : 0.0;
                        case "<" -> v -> a.eval(v) < b.eval(v) ? 1.0 : 0.0;
                        default -> v -> a.eval(v) > b.eval(v) ? 1.0 : 0.0;
                    };
                    return new Typed(n, true);
                }
            }
            if (pos < s.length() && (s.charAt(pos) == '=' || s.charAt(pos) == '!')) {
                throw error(pos, "unknown operator '" + s.charAt(pos) + "'; comparisons are < <= > >= == !=");
            }
            return left;
        }

        /** One level of the grammar, for {@link #arithmetic}. */
        private interface Level {
            Typed parse() throws ParseException;
        }

        Typed sum() throws ParseException {
            return arithmetic('+', '-', this::product);
        }

        Typed product() throws ParseException {
            return arithmetic('*', '/', this::unary);
        }

        /** {@code next { (first | second) next }}, left-associative, numbers only. */
        private Typed arithmetic(char first, char second, Level next) throws ParseException {
            skip();
            int at = pos;
            Typed left = next.parse();
            while (true) {
                skip();
                char c = pos < s.length() ? s.charAt(pos) : 0;
                if (c != first && c != second) {
                    return left;
                }
                pos++;
                needNumber(left, at, String.valueOf(c));
                skip();
                int rAt = pos;
                Typed right = needNumber(next.parse(), rAt, String.valueOf(c));
                Node a = left.node;
                Node b = right.node;
                Node n = switch (c) {
                    case '+' -> v -> a.eval(v) + b.eval(v);
                    case '-' -> v -> a.eval(v) - b.eval(v);
                    case '*' -> v -> a.eval(v) * b.eval(v);
                    default -> v -> a.eval(v) / b.eval(v);
                };
                left = new Typed(n, false);
            }
        }

        Typed unary() throws ParseException {
            skip();
            if (symbol("-")) {
                skip();
                int at = pos;
                Node a = needNumber(unary(), at, "-").node;
                return new Typed(v -> -a.eval(v), false);
            }
            return primary();
        }

        Typed primary() throws ParseException {
            skip();
            if (pos >= s.length()) {
                throw error(pos, "expression ends where a number, a name or '(' was expected");
            }
            char c = s.charAt(pos);
            int start = pos;
            if (c == '(') {
                pos++;
                Typed inner = or();
                if (!symbol(")")) {
                    throw error(pos, pos >= s.length() ? "missing ')' for the '(' at column " + (start + 1)
                            : "expected ')' for the '(' at column " + (start + 1) + ", found '" + rest() + "'");
                }
                return inner;
            }
            if (Character.isDigit(c) || c == '.') {
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                    int save = pos;
                    pos++;
                    if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                        pos++;
                    }
                    if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                            pos++;
                        }
                    } else {
                        pos = save;
                    }
                }
                String num = s.substring(start, pos);
                double d;
                try {
                    d = Double.parseDouble(num);
                } catch (NumberFormatException e) {
                    throw error(start, "'" + num + "' is not a number");
                }
                if (pos < s.length() && Character.isJavaIdentifierPart(s.charAt(pos))) {
                    throw error(pos, "a number runs into a name: '" + rest() + "'");
                }
                return new Typed(v -> d, false);
            }
            if (Character.isJavaIdentifierStart(c)) {
                while (pos < s.length() && (Character.isJavaIdentifierPart(s.charAt(pos))
                        || s.charAt(pos) == '.' && pos + 1 < s.length() && Character.isJavaIdentifierStart(s.charAt(pos + 1)))) {
                    pos++;
                }
                String name = s.substring(start, pos);
                if (name.equals("and") || name.equals("or") || name.equals("not")) {
                    throw error(start, "'" + name + "' where a number, a name or '(' was expected");
                }
                if (!known.contains(name)) {
                    throw error(start, "unknown statistic '" + name + "'" + Names.didYouMean(name, known));
                }
                if (!used.contains(name)) {
                    used.add(name);
                }
                return new Typed(v -> {
                    Double x = v.get(name);
                    return x == null ? Double.NaN : x;
                }, false);
            }
            throw error(start, "unexpected '" + c + "' where a number, a name or '(' was expected");
        }
    }
}
