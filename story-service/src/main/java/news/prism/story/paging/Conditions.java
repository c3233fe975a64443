package news.prism.story.paging;

import java.util.ArrayList;
import java.util.List;

/** The {@code WHERE} of a list query, built from the filters that were given, with their parameters in order. */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code clause}, whose {@code ?} take {@code values} in order. */
    public Conditions add(String clause, Object... values) {
        clauses.add(clause);
        parameters.addAll(List.of(values));
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** The conditions' parameters followed by {@code more} (those of the query's rest, such as its limit). */
    public Object[] parameters(Object... more) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
