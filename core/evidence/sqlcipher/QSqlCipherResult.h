#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace custos {

class QSqlCipherDriver;

// One prepared SQLite statement behind a QSqlQuery. Forward-only queries read columns straight from
// the statement; scrollable ones cache each row as it is stepped, so seek() and previous() work.
// A finished result set is reset at once, so it never pins a WAL snapshot.
class QSqlCipherResult : public QSqlResult
{
public:
    explicit QSqlCipherResult(const QSqlCipherDriver *driver);
    ~QSqlCipherResult() override;

    QVariant handle() const override;

    // Finalises the statement; the driver calls this on close(), before closing the connection.
    void releaseStatement();

protected:
    bool prepare(const QString &query) override;
    bool exec() override;
    bool reset(const QString &query) override;
    void detachFromResultSet() override;

    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;

private:
    enum class RowSource { Statement, Copy };

    sqlite3 *connection() const;
    void clearResultSet();
    bool bindAll();
    void describeColumns(bool onRow);
    void recordChanges(qint64 totalChangesBefore, qint64 rowidBefore);
    void finishStatement();
    void failStatement(int resultCode, const QString &context);
    // Appends the current row's values to target (the scrollable cache or the copied row).
    void appendRow(QVariantList &target) const;
    qsizetype cachedRowCount() const;
    // Steps the statement once; true when it produced a row. Finishes the statement at the end.
    bool step();
    bool cacheNextRow();
    bool fetchNextForwardOnly();
    bool fetchLastForwardOnly();

    sqlite3_stmt *m_statement = nullptr;
    QSqlRecord m_record;
    QList<QMetaType> m_columnTypes;
    bool m_cached = false;     // scrollable: rows go to m_rows
    bool m_pendingRow = false; // forward-only: exec() stepped onto row 0, not yet fetched
    bool m_finished = true;    // the statement has no more rows (and was reset)
    RowSource m_rowSource = RowSource::Statement;
    QVariantList m_rows;      // scrollable rows read so far, row after row in one list
    QVariantList m_copiedRow; // forward-only row kept after the statement moved past it
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace custos
