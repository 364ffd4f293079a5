#pragma once

#include "core/common/Error.h"

#include <QDataStream>
#include <QStringList>
#include <QTemporaryFile>

#include <memory>

namespace custos::audit {

// Rows found during one pass that belong to a table streamed later (fail-open decisions for
// gaps.csv, dropped payloads for retention.csv). They may number in the hundreds of thousands, so
// they wait in a temporary file, not in memory; the file is removed with the spool.
class RowSpool
{
public:
    Result<void> append(const QStringList &cells);
    // Switches from writing to reading, from the first row.
    Result<void> rewind();
    bool next(QStringList &cells);
    // After next() returned false: an error unless every row was read back.
    Result<void> checkAllRead() const;
    qint64 size() const { return m_count; }

private:
    Result<void> open();

    std::unique_ptr<QTemporaryFile> m_file;
    QDataStream m_stream;
    qint64 m_count = 0;
    qint64 m_read = 0;
};

} // namespace custos::audit
