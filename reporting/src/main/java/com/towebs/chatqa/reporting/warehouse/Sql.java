package com.towebs.chatqa.reporting.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.StringJoiner;

/** IN lists of ids for the warehouse's JDBC statements. */
final class Sql {

    private Sql() {}

    /** {@code (?, ?, ...)} with {@code count} placeholders. */
    static String placeholders(int count) {
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < count; i++) {
            joiner.add("?");
        }
        return joiner.toString();
    }

    /** Binds the ids from the first parameter on. */
    static void bind(PreparedStatement statement, Collection<Long> values) throws SQLException {
        int index = 1;
        for (long value : values) {
            statement.setLong(index++, value);
        }
    }
}
