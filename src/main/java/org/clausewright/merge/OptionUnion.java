package org.clausewright.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The options of an open bracket whose options both sites changed differently: the base's options that both sites
 * kept, in the base's order, then every option either site added, sorted (so both sites make the same bracket).
 * An option one site dropped is dropped; when that would leave nothing, the options of both sites are kept.
 */
final class OptionUnion {
    private OptionUnion() {
    }

    static List<String> texts(List<String> base, List<String> ours, List<String> theirs) {
        List<String> result = new ArrayList<>();
        for (String option : base) {
            if (ours.contains(option) && theirs.contains(option) && !result.contains(option)) {
                result.add(option);
            }
        }
        TreeSet<String> added = new TreeSet<>();
        ours.stream().filter(o -> !base.contains(o)).forEach(added::add);
        theirs.stream().filter(o -> !base.contains(o)).forEach(added::add);
        result.addAll(added);
        if (result.isEmpty()) {
            TreeSet<String> both = new TreeSet<>(ours);
            both.addAll(theirs);
            result.addAll(both);
        }
        return result;
    }

    /** "[a][b]", as a clause text shows an open bracket. */
    static String markup(List<String> options) {
        StringBuilder sb = new StringBuilder();
        options.forEach(o -> sb.append('[').append(o).append(']'));
        return sb.toString();
    }
}
