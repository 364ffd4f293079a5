// Row navigation and column access of QSqlCipherResult.

#include "core/evidence/sqlcipher/QSqlCipherResult.h"

#include "core/evidence/sqlcipher/SqlCipherValues.h"

#include <sqlite3.h>

namespace custos {

void QSqlCipherResult::appendRow(QVariantList &target) const
{
    for (qsizetype column = 0; column < m_columnTypes.size(); ++column)
        target.append(sqlcipher::columnValue(m_statement, int(column), numericalPrecisionPolicy(),
                                             m_columnTypes.at(column)));
}

qsizetype QSqlCipherResult::cachedRowCount() const
{
    return m_columnTypes.isEmpty() ? 0 : m_rows.size() / m_columnTypes.size();
}

bool QSqlCipherResult::step()
{
    if (m_finished || !m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        failStatement(rc, QStringLiteral("Unable to fetch row"));
    finishStatement();
    return false;
}

bool QSqlCipherResult::cacheNextRow()
{
    if (!step())
        return false;
    appendRow(m_rows);
    return true;
}

bool QSqlCipherResult::fetchNextForwardOnly()
{
    if (m_pendingRow) {
        m_pendingRow = false;
    } else if (!step()) {
        return false;
    }
    m_rowSource = RowSource::Statement;
    setAt(at() < 0 ? 0 : at() + 1);
    return true;
}

bool QSqlCipherResult::fetchNext()
{
    if (!m_cached)
        return fetchNextForwardOnly();
    return fetch(at() < 0 ? 0 : at() + 1);
}

bool QSqlCipherResult::fetch(int row)
{
    if (row < 0 || !isActive() || !isSelect())
        return false;
    if (!m_cached) {
        if (row < at())
            return false;
        while (at() < row) {
            if (!fetchNextForwardOnly())
                return false;
        }
        return true;
    }
    while (cachedRowCount() <= row && cacheNextRow()) {
    }
    if (row >= cachedRowCount())
        return false;
    setAt(row);
    return true;
}

bool QSqlCipherResult::fetchFirst()
{
    if (!m_cached && at() >= 0)
        return at() == 0;
    return fetch(0);
}

bool QSqlCipherResult::fetchLastForwardOnly()
{
    bool found = false;
    int last = at();
    if (at() >= 0) {
        if (m_rowSource == RowSource::Statement) {
            m_copiedRow.clear();
            appendRow(m_copiedRow);
        }
        found = true;
    }
    while (fetchNextForwardOnly()) {
        m_copiedRow.clear();
        appendRow(m_copiedRow);
        last = at();
        found = true;
    }
    if (!found)
        return false;
    m_rowSource = RowSource::Copy;
    setAt(last);
    return true;
}

bool QSqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (!m_cached)
        return fetchLastForwardOnly();
    while (cacheNextRow()) {
    }
    if (cachedRowCount() == 0)
        return false;
    setAt(int(cachedRowCount() - 1));
    return true;
}

QVariant QSqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_columnTypes.size() || at() < 0)
        return {};
    if (m_cached)
        return at() < cachedRowCount() ? m_rows.at(at() * m_columnTypes.size() + column) : QVariant();
    if (m_rowSource == RowSource::Copy)
        return m_copiedRow.value(column);
    if (m_finished)
        return {};
    return sqlcipher::columnValue(m_statement, column, numericalPrecisionPolicy(), m_columnTypes.at(column));
}

bool QSqlCipherResult::isNull(int column)
{
    if (column < 0 || column >= m_columnTypes.size() || at() < 0)
        return true;
    if (!m_cached && m_rowSource == RowSource::Statement && !m_finished)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return data(column).isNull();
}

} // namespace custos
