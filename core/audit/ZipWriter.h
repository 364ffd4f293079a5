#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QFile>
#include <QList>

namespace custos::audit {

// A small ZIP writer for packs: entries are stored (not compressed), so `unzip -t` and any reader
// accept them and the bytes inside are the bytes hashed in SHA256SUMS. Streams each file (no file
// is held in memory); no ZIP64, so a file or the archive must stay under 4 GiB.
class ZipWriter
{
public:
    // Zips `folder` as `zipPath`, every entry under the folder's own name; written beside as a
    // temporary file and renamed into place, never over an existing file.
    static Result<void> zipFolder(const QString &folder, const QString &zipPath, const QDateTime &time);

    explicit ZipWriter(QFile &out, const QDateTime &time);
    Result<void> addFile(const QString &entryName, const QString &sourcePath);
    Result<void> finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    Result<void> put(QByteArrayView bytes);
    QByteArray localHeader(const Entry &entry) const;

    QFile &m_out;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    QList<Entry> m_entries;
};

} // namespace custos::audit
