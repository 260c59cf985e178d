package org.ridegrid.scenario;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Parses YAML text into a node tree with the YAML 1.2 core schema, turning syntax errors into problems. */
final class YamlText {
    private YamlText() {
    }

    /**
     * Composes one YAML document. Returns an empty Optional for a document without content, and
     * also when the text has a syntax error, which is then added to {@code problems}.
     *
     * @param label the name every node's mark carries: the file name or an option label
     */
    static Optional<Node> compose(String text, String label, ProblemList problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                .setSchema(new CoreSchema())
                // Non-scalar keys are composed so that ScenarioTreeReader reports them with their line.
                .setAllowNonScalarKeys(true)
                .build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            problems.at(e.getProblemMark(), "", null, describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            String detail = e.getMessage().strip().replaceAll("\\.+$", "");
            problems.at(Optional.empty(), "", null, "YAML error: " + detail + ". Check the file's encoding and characters.");
            return Optional.empty();
        }
    }

    private static String describe(MarkedYamlEngineException e) {
        String context = e.getContext();
        if (context != null && context.contains("single document")) {
            return "the YAML holds more than one document. Keep one scenario per file and remove the extra '---' line.";
        }
        StringBuilder reason = new StringBuilder("YAML syntax error");
        e.getProblemMark().ifPresent(mark -> reason.append(" at column ").append(mark.getColumn() + 1));
        reason.append(": ").append(e.getProblem().strip());
        if (context != null) {
            reason.append(", ").append(context.strip());
            e.getContextMark().ifPresent(mark -> reason.append(" that starts at ").append(position(mark)));
        }
        return reason.append(". Check the indentation, colons, quotes and brackets.").toString();
    }

    private static String position(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }
}
