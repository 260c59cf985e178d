package org.ridegrid.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads scenario files. A load parses the YAML into a node tree, applies command-line overrides,
 * checks every key against {@link ScenarioKeys}, fills defaults, checks the cross-field rules and
 * builds the {@link Scenario}. All problems found are reported together in one {@link ScenarioException}.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /**
     * Loads a scenario file.
     *
     * @param overrides {@code key=value} strings from {@code --set}, applied in order
     * @param seedOverride the seed from {@code --seed}, or null to keep the file's
     * @param daysOverride the horizon from {@code --days}, or null to keep the file's
     */
    public static LoadedScenario load(Path file, List<String> overrides, Long seedOverride, Integer daysOverride)
            throws ScenarioException {
        String sourceName = file.toString();
        String text = read(file);
        List<ScenarioOverride> all = parseOverrides(overrides, sourceName);
        if (seedOverride != null) {
            all.add(new ScenarioOverride("--seed", seedOverride.toString(), "seed", seedOverride.toString()));
        }
        if (daysOverride != null) {
            all.add(new ScenarioOverride("--days", daysOverride.toString(), "days", daysOverride.toString()));
        }
        return load(text, sourceName, file.getParent() == null ? Path.of("") : file.getParent(), all);
    }

    /**
     * Loads a scenario from YAML text; {@code sourceName} is used in messages. Seed and days can be
     * set through the overrides, as in {@code seed=5}. Table paths are relative to the working directory.
     */
    public static LoadedScenario parse(String yamlText, String sourceName, List<String> overrides) throws ScenarioException {
        return load(yamlText, sourceName, Path.of(""), parseOverrides(overrides, sourceName));
    }

    private static LoadedScenario load(String text, String sourceName, Path tableFolder, List<ScenarioOverride> overrides)
            throws ScenarioException {
        ProblemList problems = new ProblemList(sourceName);
        Optional<Node> root = YamlText.compose(text, sourceName, problems);
        problems.throwIfAny();

        if (root.isPresent() && root.get() instanceof MappingNode mapping) {
            new OverrideApplier(problems).apply(mapping, overrides);
            problems.throwIfAny();
        }

        ScenarioValues values = ScenarioTreeReader.read(root, problems);
        if (root.isEmpty() || !(root.get() instanceof MappingNode)) {
            // Without a top-level mapping there is nothing to fill in or check.
            problems.throwIfAny();
        }
        ScenarioDefaults.fill(values, problems);
        ScenarioRules.check(values, problems);
        problems.throwIfAny();
        DemandTables tables = DemandTables.load(values, tableFolder, problems);
        problems.throwIfAny();

        return new LoadedScenario(ScenarioAssembler.assemble(values, tables), EffectiveYamlWriter.write(values));
    }

    private static List<ScenarioOverride> parseOverrides(List<String> overrides, String sourceName)
            throws ScenarioException {
        List<ScenarioOverride> parsed = new ArrayList<>();
        ProblemList problems = new ProblemList(sourceName);
        for (String argument : overrides) {
            ScenarioOverride override = ScenarioOverride.parseSet(argument);
            if (override == null) {
                problems.atOption("--set", argument, "", null, "the option is not of the form key=value."
                        + " Write, for example, --set fleets[0].vehicles=300.");
            } else {
                parsed.add(override);
            }
        }
        problems.throwIfAny();
        return parsed;
    }

    private static String read(Path file) throws ScenarioException {
        String name = file.toString();
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, 0, "", null, "the file does not exist. Check the path and the working directory.");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(name, 0, "", null, "the file cannot be read: permission denied.");
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name, 0, "", null, "the file is not valid UTF-8 text. Save it as UTF-8.");
        } catch (IOException e) {
            String reason = Files.isDirectory(file) ? "it is a directory, not a file." : e.toString() + ".";
            throw new ScenarioException(name, 0, "", null, "the file cannot be read: " + reason);
        }
    }
}
