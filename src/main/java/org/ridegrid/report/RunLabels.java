package org.ridegrid.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names of runs in reports: the folder name, made unique when two runs share it. */
final class RunLabels {
    private RunLabels() {
    }

    static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }

    /**
     * Returns one label per folder, normally the folder name. Where names repeat, the label is the
     * parent folder and the name ("austin/seed1-..."). Where those repeat too, a number is added ("#2").
     */
    static List<String> of(List<Path> folders) {
        List<String> labels = new ArrayList<>();
        for (Path folder : folders) {
            labels.add(folderName(folder));
        }
        labels = withParentWhereRepeated(folders, labels);
        Map<String, Integer> seen = new HashMap<>();
        List<String> unique = new ArrayList<>();
        for (String label : labels) {
            int count = seen.merge(label, 1, Integer::sum);
            unique.add(count == 1 ? label : label + " #" + count);
        }
        return unique;
    }

    private static List<String> withParentWhereRepeated(List<Path> folders, List<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        for (String label : labels) {
            counts.merge(label, 1, Integer::sum);
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Path parent = folders.get(i).toAbsolutePath().normalize().getParent();
            boolean repeated = counts.get(labels.get(i)) > 1;
            result.add(repeated && parent != null && parent.getFileName() != null
                    ? parent.getFileName() + "/" + labels.get(i) : labels.get(i));
        }
        return result;
    }
}
