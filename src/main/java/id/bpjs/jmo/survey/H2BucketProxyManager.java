package id.bpjs.jmo.survey;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL.PostgreSQLSelectForUpdateBasedProxyManagerBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's SELECT ... FOR UPDATE protocol on H2 (MODE=PostgreSQL), on the same table and with the same settings as
 * Bucket4j's PostgreSQL proxy manager. Needed because H2 2.5 rejects that manager's {@code ON CONFLICT(id) DO
 * NOTHING} (H2 knows only {@code ON CONFLICT DO NOTHING}); everything else, bucket arithmetic and serialization
 * included, stays Bucket4j's. No Bucket4j module targets H2.
 */
final class H2BucketProxyManager extends AbstractSelectForUpdateBasedProxyManager<String> {

    private final DataSource dataSource;
    private final String select;
    private final String insert;
    private final String update;
    private final String remove;
    private final Optional<CustomColumnProvider<String>> expiresAt;

    H2BucketProxyManager(PostgreSQLSelectForUpdateBasedProxyManagerBuilder<String> settings) {
        super(settings.getClientSideConfig());
        this.dataSource = settings.getDataSource();
        var table = settings.getTableName();
        var id = settings.getIdColumnName();
        var state = settings.getStateColumnName();
        this.expiresAt = settings.getClientSideConfig().getExpirationAfterWriteStrategy()
                .map(strategy -> CustomColumnProvider.createExpiresInColumnProvider(settings.getExpiresAtColumnName(),
                        strategy));
        this.select = "SELECT " + state + " AS state FROM " + table + " WHERE " + id + " = ? FOR UPDATE";
        this.insert = "INSERT INTO " + table + "(" + id + ", " + state + ") VALUES(?, null) ON CONFLICT DO NOTHING";
        this.update = "UPDATE " + table + " SET " + state + " = ?"
                + expiresAt.map(c -> ", " + c.getCustomFieldName() + " = ?").orElse("") + " WHERE " + id + " = ?";
        this.remove = "DELETE FROM " + table + " WHERE " + id + " = ?";
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
        return new SelectForUpdateBasedTransaction() {
            @Override
            public void begin(Optional<Long> requestTimeoutNanos) {
                run(() -> connection.setAutoCommit(false));
            }

            @Override
            public void rollback() {
                run(connection::rollback);
            }

            @Override
            public void commit(Optional<Long> requestTimeoutNanos) {
                run(connection::commit);
            }

            @Override
            public LockAndGetResult tryLockAndGet(Optional<Long> requestTimeoutNanos) {
                try (var statement = connection.prepareStatement(select)) {
                    applyTimeout(statement, requestTimeoutNanos);
                    statement.setString(1, key);
                    try (var rows = statement.executeQuery()) {
                        return rows.next() ? LockAndGetResult.locked(rows.getBytes("state"))
                                : LockAndGetResult.notLocked();
                    }
                } catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }

            @Override
            public boolean tryInsertEmptyData(Optional<Long> requestTimeoutNanos) {
                try (var statement = connection.prepareStatement(insert)) {
                    applyTimeout(statement, requestTimeoutNanos);
                    statement.setString(1, key);
                    return statement.executeUpdate() > 0;
                } catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }

            @Override
            public void update(byte[] data, RemoteBucketState newState, Optional<Long> requestTimeoutNanos) {
                try (var statement = connection.prepareStatement(update)) {
                    applyTimeout(statement, requestTimeoutNanos);
                    int i = 0;
                    statement.setBytes(++i, data);
                    if (expiresAt.isPresent()) {
                        expiresAt.get().setCustomField(key, ++i, statement, newState, currentTimeNanos());
                    }
                    statement.setString(++i, key);
                    statement.executeUpdate();
                } catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }

            @Override
            public void release() {
                run(connection::close);
            }

            private void run(SqlAction action) {
                try {
                    action.run();
                } catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }
        };
    }

    @Override
    public void removeProxy(String key) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(remove)) {
            statement.setString(1, key);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }
}
