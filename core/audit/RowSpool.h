#pragma once

#include "core/audit/SpoolCipher.h"
#include "core/common/Error.h"

#include <QBuffer>
#include <QDataStream>
#include <QStringList>
#include <QTemporaryFile>

#include <memory>

namespace custos::audit {

// Rows found during one pass that belong to a table streamed later (fail-open decisions for
// gaps.csv, dropped payloads for retention.csv). They may number in the hundreds of thousands, so
// they wait in a temporary file, not in memory; the file is removed with the spool.
//
// The rows are ledger content and must not reach the disk in plaintext: they are written in
// chunks of about 64 KiB, each sealed by a SpoolCipher whose key lives only in this object. A
// chunk that fails its tag, or a file that ends before the last chunk written, is an error from
// next()/checkAllRead(), never rows of garbage.
class RowSpool
{
public:
    static constexpr qint64 kChunkBytes = 64 * 1024;

    Result<void> append(const QStringList &cells);
    // Switches from writing to reading, from the first row.
    Result<void> rewind();
    bool next(QStringList &cells);
    // After next() returned false: an error unless every row was read back intact.
    Result<void> checkAllRead() const;
    qint64 size() const { return m_count; }
    // The file on disk (empty before the first row), for tests that look at or damage it.
    QString fileName() const { return m_file ? m_file->fileName() : QString(); }

private:
    Result<void> open();
    Result<void> sealChunk();
    bool loadChunk();
    void startReading(const QByteArray &plain);

    std::unique_ptr<QTemporaryFile> m_file;
    std::unique_ptr<SpoolCipher> m_cipher;
    QBuffer m_plain; // the chunk being written, or the one being read
    QDataStream m_stream;
    bool m_reading = false;
    qint64 m_count = 0;
    qint64 m_read = 0;
    quint64 m_chunksWritten = 0;
    quint64 m_chunksRead = 0;
    QString m_damage; // why reading stopped early
};

} // namespace custos::audit
