package vn.doingoai.publicsite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.doingoai.config.DataVersion;

/**
 * A write that bypassed JPA (a restore puts the backup's rows in every table, {@code
 * public_version} included) renews every stamp in its own transaction, and after its commit this
 * instance takes them all; the other instances read them all again on its notice.
 */
@Component
class SqlWrites {

    private final DataSource dataSource;
    private final PublicStamps stamps;

    SqlWrites(DataSource dataSource, PublicStamps stamps) {
        this.dataSource = dataSource;
        this.stamps = stamps;
    }

    @EventListener
    void on(DataVersion.WrittenBySql write) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            renewAll(true);
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return; // this transaction renews them already
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            Map<String, PublicStamps.Row> renewed;

            @Override
            public void beforeCommit(boolean readOnly) {
                renewed = renewAll(false);
            }

            @Override
            public void afterCommit() {
                if (renewed != null) {
                    stamps.replace(renewed);
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(SqlWrites.this);
            }
        });
    }

    private Map<String, PublicStamps.Row> renewAll(boolean alone) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Map<String, PublicStamps.Row> renewed = stamps.renewAll(connection);
            if (alone) {
                stamps.replace(renewed);
            }
            return renewed;
        } catch (SQLException e) {
            throw new IllegalStateException("The public pages' stamps could not be renewed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
