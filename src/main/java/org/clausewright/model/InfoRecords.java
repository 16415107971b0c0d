package org.clausewright.model;

import java.util.ArrayList;
import java.util.List;

/** Replacing one record of project.json's lists, keeping the list's order. */
final class InfoRecords {
    private InfoRecords() {
    }

    static ProjectInfo replace(ProjectInfo info, InfoRecord record) {
        if (record instanceof Delegation d) {
            return info.withDelegations(replaced(info.delegations(), d));
        } else if (record instanceof Member m) {
            return info.withMembers(replaced(info.members(), m));
        } else if (record instanceof Meeting m) {
            return info.withMeetings(replaced(info.meetings(), m));
        } else if (record instanceof Category c) {
            return info.withCategories(replaced(info.categories(), c));
        }
        return info.withSources(replaced(info.sources(), (SourceDocument) record));
    }

    private static <T extends InfoRecord> List<T> replaced(List<T> list, T record) {
        List<T> result = new ArrayList<>(list);
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).key().equals(record.key())) {
                result.set(i, record);
                return result;
            }
        }
        result.add(record);
        return result;
    }
}
