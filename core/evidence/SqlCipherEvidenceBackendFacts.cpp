// The fact scan of SqlCipherEvidenceBackend: a time window of the query tables in one pass, for
// aggregates over days. Like scanLedger, it goes straight to SQLite: a quarter of interactions is
// read row by row without building a QVariant per column.
#include "SqlCipherEvidenceBackend.h"

#include "core/evidence/sqlcipher/SqlCipher.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace custos {

// The time index drives ("+kind" keeps SQLite off the kind index, which would walk every event of
// the kind ever recorded); the payload column is read only where the facts name a data class.
Result<void> SqlCipherEvidenceBackend::scanFacts(const FactScan &scan,
                                                 const std::function<bool(const FactRow &)> &visit)
{
    sqlite3 *handle = sqlCipherHandle(m_db);
    if (!handle)
        return fail(u"reading the query tables: the store is not open"_s, m_path);
    const char *sql = "SELECT f.seq, f.time_ms, e.policy_hash, f.service, f.user, f.decision, f.exception_id,"
                      " f.model, f.route, f.rules, f.data_classes, e.tombstoned,"
                      " CASE WHEN ?1 AND f.data_classes IS NOT NULL AND e.tombstoned = 0 THEN e.payload END"
                      " FROM event_facts f JOIN events e ON e.seq = f.seq"
                      " WHERE f.time_ms >= ?2 AND f.time_ms < ?3 AND +f.kind = ?4 ORDER BY f.time_ms, f.seq";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(u"reading the query tables: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(handle))), m_path);
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(statement, sqlite3_finalize);
    const QByteArray kind = eventKindName(scan.kind).toUtf8();
    sqlite3_bind_int(statement, 1, scan.payloadsWithClasses ? 1 : 0);
    sqlite3_bind_int64(statement, 2, scan.from.toMSecsSinceEpoch());
    sqlite3_bind_int64(statement, 3, scan.to.toMSecsSinceEpoch());
    sqlite3_bind_text(statement, 4, kind.constData(), int(kind.size()), SQLITE_STATIC);
    const auto text = [statement](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    };
    const auto list = [&text](int column) {
        const QString joined = text(column);
        return joined.isEmpty() ? QStringList{} : joined.split(SqlCipherEvidenceBackend::kListSeparator);
    };
    FactRow row;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        row.seq = sqlite3_column_int64(statement, 0);
        row.timeMs = sqlite3_column_int64(statement, 1);
        row.policyHash = text(2);
        row.service = text(3);
        row.user = text(4);
        row.decision = text(5);
        row.exceptionId = text(6);
        row.model = text(7);
        row.route = text(8);
        row.rules = list(9);
        row.dataClasses = list(10);
        row.tombstoned = sqlite3_column_int(statement, 11) != 0;
        row.payload = sqlite3_column_type(statement, 12) == SQLITE_NULL
                          ? QByteArray()
                          : QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, 12)),
                                       sqlite3_column_bytes(statement, 12));
        if (!visit(row))
            return {};
    }
    if (rc != SQLITE_DONE)
        return fail(u"reading the query tables: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(handle))), m_path);
    return {};
}

} // namespace custos
