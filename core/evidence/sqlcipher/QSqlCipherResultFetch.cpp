// Row navigation and column access of QSqlCipherResult.

#include "core/evidence/sqlcipher/QSqlCipherResult.h"

#include "core/evidence/sqlcipher/SqlCipherValues.h"

#include <sqlite3.h>

namespace custos {

QVariantList QSqlCipherResult::readRow() const
{
    QVariantList row;
    row.reserve(m_columnTypes.size());
    for (int column = 0; column < m_columnTypes.size(); ++column)
        row.append(sqlcipher::columnValue(m_statement, column, numericalPrecisionPolicy(),
                                          m_columnTypes.at(column)));
    return row;
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
    m_rows.append(readRow());
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
    while (m_rows.size() <= row && cacheNextRow()) {
    }
    if (row >= m_rows.size())
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
        m_copiedRow = m_rowSource == RowSource::Statement ? readRow() : m_copiedRow;
        found = true;
    }
    while (fetchNextForwardOnly()) {
        m_copiedRow = readRow();
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
    if (m_rows.isEmpty())
        return false;
    setAt(int(m_rows.size() - 1));
    return true;
}

QVariant QSqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_columnTypes.size() || at() < 0)
        return {};
    if (m_cached)
        return at() < m_rows.size() ? m_rows.at(at()).at(column) : QVariant();
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
