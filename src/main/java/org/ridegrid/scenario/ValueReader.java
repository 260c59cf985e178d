package org.ridegrid.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads the value of one key from its YAML node, checking type and range against the catalogue.
 * Values are returned as Long, Double, String, Boolean or double[]. For an invalid value the reader
 * reports the problem and returns null. Mapping lists are read by {@link ScenarioTreeReader}.
 */
final class ValueReader {
    private final ProblemList problems;

    ValueReader(ProblemList problems) {
        this.problems = problems;
    }

    Object read(ScenarioKey key, String path, Node node) {
        if (isEmpty(node)) {
            String fix = key.required() ? "Give " + key.requirement() + "."
                    : "Give " + key.requirement() + ", or remove the key to use the default.";
            problems.at(node, path, null, "is empty. " + fix);
            return null;
        }
        return switch (key.type()) {
            case TEXT -> readText(key, path, node);
            case INTEGER -> readInteger(key, path, node);
            case NUMBER -> readNumber(key, path, node);
            case BOOLEAN -> readBoolean(key, path, node);
            case CHOICE -> readChoice(key, path, node);
            case NUMBER_LIST -> readNumberList(key, path, node);
            case MAPPING_LIST -> throw new IllegalArgumentException("mapping lists are read by the tree reader: " + path);
        };
    }

    static boolean isEmpty(Node node) {
        // The core schema resolves "", "~" and "null" written without quotes to the null tag.
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /** Returns "a list", "a mapping" or "text": what a node is, for "must be X, not Y" messages. */
    static String kindOf(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode) {
            return "text";
        }
        return "a mapping";
    }

    private String readText(ScenarioKey key, String path, Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return invalid(node, path, "must be text, not " + kindOf(node) + ".");
        }
        String text = scalar.getValue();
        if (key.pattern() != null && !text.matches(key.pattern())) {
            String reason = key.pattern().equals(ScenarioKeys.NAME_PATTERN)
                    ? "must start with a letter or digit and contain only letters, digits, '.', '_' and '-',"
                            + " because it is used in folder and file names."
                    : "must be " + key.requirement() + ".";
            return invalid(node, path, reason);
        }
        return text;
    }

    private Long readInteger(ScenarioKey key, String path, Node node) {
        BigDecimal number = parseNumber(key, path, node);
        // The range is checked first so that a huge exponent never becomes a huge BigInteger.
        if (number == null || !checkRange(key, path, node, number)) {
            return null;
        }
        try {
            return number.toBigIntegerExact().longValueExact();
        } catch (ArithmeticException e) {
            return invalid(node, path, "must be " + key.requirement() + ", not a fraction. Round it to a whole number.");
        }
    }

    private Double readNumber(ScenarioKey key, String path, Node node) {
        BigDecimal number = parseNumber(key, path, node);
        if (number == null || !checkRange(key, path, node, number)) {
            return null;
        }
        // Adding 0.0 turns -0.0 into 0.0, so a written "-0.0" equals the default 0 after a round trip.
        return number.doubleValue() + 0.0;
    }

    private boolean checkRange(ScenarioKey key, String path, Node node, BigDecimal number) {
        if (number.compareTo(BigDecimal.valueOf(key.min())) < 0) {
            invalid(node, path, "must be " + key.requirement() + ". Use a value of at least " + NumberText.format(key.min()) + ".");
            return false;
        }
        if (number.compareTo(BigDecimal.valueOf(key.max())) > 0) {
            invalid(node, path, "must be " + key.requirement() + ". Use a value of at most " + NumberText.format(key.max()) + ".");
            return false;
        }
        return true;
    }

    /** Parses a YAML 1.2 core-schema int or float node exactly, or reports why it is not a number. */
    private BigDecimal parseNumber(ScenarioKey key, String path, Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return invalid(node, path, "must be " + key.requirement() + ", not " + kindOf(node) + ".");
        }
        String text = scalar.getValue().strip();
        boolean isInt = scalar.getTag().equals(Tag.INT);
        if (isInt || scalar.getTag().equals(Tag.FLOAT)) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("inf") || lower.contains("nan")) {
                return invalid(node, path, "must be " + key.requirement() + ", not infinite or NaN.");
            }
            try {
                return isInt ? new BigDecimal(parseInteger(text)) : new BigDecimal(text);
            } catch (NumberFormatException e) {
                return invalid(node, path, "must be " + key.requirement() + ", but this number cannot be read.");
            }
        }
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN && looksNumeric(text)) {
            return invalid(node, path, "must be " + key.requirement() + ", not a quoted string. Remove the quotes.");
        }
        return invalid(node, path, "must be " + key.requirement() + ", not text.");
    }

    private static BigInteger parseInteger(String text) {
        if (text.startsWith("0x")) {
            return new BigInteger(text.substring(2), 16);
        }
        if (text.startsWith("0o")) {
            return new BigInteger(text.substring(2), 8);
        }
        return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    }

    private static boolean looksNumeric(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Boolean readBoolean(ScenarioKey key, String path, Node node) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(scalar.getValue());
        }
        return invalid(node, path, "must be true or false.");
    }

    private String readChoice(ScenarioKey key, String path, Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return invalid(node, path, "must be " + key.requirement() + ", not " + kindOf(node) + ".");
        }
        String word = scalar.getValue();
        if (key.choices().contains(word)) {
            return word;
        }
        String rejection = key.rejected().get(word);
        if (rejection != null) {
            return invalid(node, path, rejection);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (key.choices().contains(lower)) {
            return invalid(node, path, "must be written in lower case: " + lower + ".");
        }
        Optional<String> nearest = NearestKey.find(word, key.choices());
        return invalid(node, path, "must be " + key.requirement() + "."
                + nearest.map(n -> " Did you mean `" + n + "`?").orElse(""));
    }

    private double[] readNumberList(ScenarioKey key, String path, Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            return invalid(node, path, "must be " + key.requirement() + ", not " + kindOf(node) + ".");
        }
        List<Node> elements = sequence.getValue();
        if (elements.size() < key.minLength() || elements.size() > key.maxLength()) {
            return invalid(node, path, "must have " + key.lengthText("exactly ") + " values, " + key.lengthMeaning()
                    + ", but has " + elements.size() + ".");
        }
        ScenarioKey elementKey = new ScenarioKey(path + "[]", KeyType.NUMBER, true, null, null, null,
                key.min(), key.max(), 0, 0, "", List.of(), Map.of(), null, key.unit(), key.description());
        double[] numbers = new double[elements.size()];
        boolean valid = true;
        for (int i = 0; i < elements.size(); i++) {
            Node element = elements.get(i);
            Double number = isEmpty(element) ? invalid(element, KeyPaths.element(path, i), "is empty. Give a number.")
                    : readNumber(elementKey, KeyPaths.element(path, i), element);
            if (number == null) {
                valid = false;
            } else {
                numbers[i] = number;
            }
        }
        return valid ? numbers : null;
    }

    /** Reports "{@code path = value} is invalid: reason" and returns null. */
    private <T> T invalid(Node node, String path, String reason) {
        problems.at(node, path, ProblemList.describe(node), "is invalid: " + reason);
        return null;
    }
}
