package org.corroborate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prepared statements on one connection with plain Java values: {@code Optional} is unwrapped (empty is NULL),
 * enums are written by name, dates as ISO text, booleans as 0/1. SQL errors become {@link StoreException}s that
 * name the statement.
 */
final class Sql {

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** Runs an INSERT and returns the new row's id. */
    long insert(String sql, Object... params) {
        List<Long> ids = query(sql + " RETURNING id", r -> r.getLong(1), params);
        return ids.get(0);
    }

    int update(String sql, Object... params) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(row.read(rows));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = query(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("commit failed: " + e.getMessage(), e);
        }
    }

    void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new StoreException("rollback failed: " + e.getMessage(), e);
        }
    }

    /** The LIKE pattern for text containing {@code text}, case ignored (compare with {@code LOWER(column)}). */
    static String containing(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT) + "%";
    }

    /** A nullable column as an Optional. */
    static Optional<String> text(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    /** A nullable integer column as an Optional. */
    static Optional<Long> number(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    /** A nullable decimal column as an Optional. */
    static Optional<Double> decimal(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i] instanceof Optional<?> o ? o.orElse(null) : params[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Enum<?> e) {
                statement.setString(i + 1, e.name());
            } else if (value instanceof Boolean b) {
                statement.setInt(i + 1, b ? 1 : 0);
            } else if (value instanceof Integer n) {
                statement.setInt(i + 1, n);
            } else if (value instanceof Long n) {
                statement.setLong(i + 1, n);
            } else if (value instanceof Double d) {
                statement.setDouble(i + 1, d);
            } else {
                statement.setString(i + 1, value.toString());
            }
        }
    }

    private static StoreException failure(String sql, SQLException e) {
        String[] words = sql.strip().split("\\s+", 4);
        String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
        return new StoreException("database statement '" + start + " ...' failed: " + e.getMessage(), e);
    }
}
