#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <memory>

namespace custos::audit {

// What the manifest and SHA256SUMS say about one file of a pack.
struct PackEntry
{
    QString path;      // relative to the pack folder, '/'-separated
    QByteArray sha256; // raw 32 bytes
    qint64 size = 0;
    qint64 rows = -1; // data rows of a CSV or lines of payloads.jsonl; -1 for other files
};

// One file being written into a pack: buffered, hashed as it is written, and flushed to the disk
// (fsync) when closed, so the folder that is renamed into place holds exactly what was hashed.
// Every failure names the file (a full disk shows here).
class PackFile
{
public:
    static Result<std::unique_ptr<PackFile>> create(const QString &root, const QString &relativePath);
    ~PackFile();

    Result<void> write(QByteArrayView bytes);
    void countRow() { ++m_rows; }
    qint64 rows() const { return m_rows; }
    // Flushes, syncs and closes; the entry's rows stay -1 unless `withRows`.
    Result<PackEntry> close(bool withRows);

    // Writes a whole small file in one go.
    static Result<PackEntry> writeWhole(const QString &root, const QString &relativePath,
                                        QByteArrayView bytes);

private:
    PackFile(QString relativePath, const QString &absolutePath);
    Result<void> flushBuffer();
    Error failure(const QString &what) const;

    QString m_relativePath;
    QFile m_file;
    QByteArray m_buffer;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_size = 0;
    qint64 m_rows = 0;
};

} // namespace custos::audit
