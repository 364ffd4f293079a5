#pragma once

#include "core/common/Error.h"

#include <QFile>
#include <QHash>
#include <QStringList>

#include <optional>

namespace custos::audit {

// Reads a pack CSV back, record by record (RFC 4180: quoted cells may hold commas, quotes and line
// breaks; a leading BOM is skipped), so `audit verify` can recompute what tools/verify_chain.py
// does without holding a million-row file in memory.
class CsvReader
{
public:
    static Result<CsvReader> open(const QString &path);
    CsvReader(CsvReader &&) = default;

    const QStringList &header() const { return m_header; }
    // The index of a header column, or an error naming the file and the column.
    Result<int> column(const QString &name) const;
    // The next record, nullopt at the end; a malformed record is an error naming its line.
    Result<std::optional<QStringList>> next();
    qint64 line() const { return m_line; }

private:
    explicit CsvReader(const QString &path);
    Result<std::optional<QStringList>> readRecord();

    std::unique_ptr<QFile> m_file;
    QString m_path;
    QStringList m_header;
    qint64 m_line = 0;
};

} // namespace custos::audit
