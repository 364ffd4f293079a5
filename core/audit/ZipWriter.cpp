#include "core/audit/ZipWriter.h"

#include "core/audit/Crc32.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace custos::audit {
namespace {

constexpr qint64 kZipLimit = 0xFFFFFFFFll;
constexpr quint16 kVersion = 20; // 2.0: what stored entries need
constexpr quint16 kUtf8Names = 1u << 11;

void zipPut16(QByteArray &bytes, quint16 value)
{
    char raw[2];
    qToLittleEndian(value, raw);
    bytes.append(raw, 2);
}

void zipPut32(QByteArray &bytes, quint32 value)
{
    char raw[4];
    qToLittleEndian(value, raw);
    bytes.append(raw, 4);
}

QStringList zipEntriesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    std::ranges::sort(files, {}, [](const QString &path) { return path.toUtf8(); });
    return files;
}

} // namespace

ZipWriter::ZipWriter(QFile &out, const QDateTime &time)
    : m_out(out)
{
    const QDateTime local = time.toUTC();
    const QDate date = local.date();
    const QTime clock = local.time();
    m_dosTime = static_cast<quint16>((clock.hour() << 11) | (clock.minute() << 5) | (clock.second() / 2));
    m_dosDate =
        static_cast<quint16>(((std::max(date.year(), 1980) - 1980) << 9) | (date.month() << 5) | date.day());
}

Result<void> ZipWriter::put(QByteArrayView bytes)
{
    if (m_out.write(bytes.data(), bytes.size()) != bytes.size())
        return fail(u"cannot write the ZIP file: %1"_s.arg(m_out.errorString()), m_out.fileName());
    if (m_out.pos() > kZipLimit)
        return fail(
            u"the pack is larger than 4 GiB, which this ZIP writer does not support; keep the folder"_s,
            m_out.fileName());
    return {};
}

QByteArray ZipWriter::localHeader(const Entry &entry) const
{
    QByteArray header;
    zipPut32(header, 0x04034b50);
    zipPut16(header, kVersion);
    zipPut16(header, kUtf8Names);
    zipPut16(header, 0); // stored
    zipPut16(header, m_dosTime);
    zipPut16(header, m_dosDate);
    zipPut32(header, entry.crc);
    zipPut32(header, entry.size);
    zipPut32(header, entry.size);
    zipPut16(header, static_cast<quint16>(entry.name.size()));
    zipPut16(header, 0);
    header += entry.name;
    return header;
}

Result<void> ZipWriter::addFile(const QString &entryName, const QString &sourcePath)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1 for the ZIP: %2"_s.arg(entryName, source.errorString()), sourcePath);
    if (source.size() >= kZipLimit)
        return fail(u"%1 is larger than 4 GiB, which this ZIP writer does not support"_s.arg(entryName),
                    sourcePath);
    Entry entry{entryName.toUtf8(), 0, static_cast<quint32>(source.size()),
                static_cast<quint32>(m_out.pos())};
    if (m_entries.size() >= 0xFFFF)
        return fail(u"too many files for a ZIP without ZIP64"_s, m_out.fileName());
    if (auto header = put(localHeader(entry)); !header)
        return header;
    // One pass: stream the data while computing its CRC, then patch the header's CRC in place.
    Crc32 crc;
    QByteArray chunk;
    while (!(chunk = source.read(256 * 1024)).isEmpty()) {
        crc.add(chunk);
        if (auto written = put(chunk); !written)
            return written;
    }
    if (source.error() != QFileDevice::NoError)
        return fail(u"cannot read %1 for the ZIP: %2"_s.arg(entryName, source.errorString()), sourcePath);
    entry.crc = crc.value();
    const qint64 end = m_out.pos();
    QByteArray crcBytes;
    zipPut32(crcBytes, entry.crc);
    if (!m_out.seek(entry.offset + 14) || m_out.write(crcBytes) != 4 || !m_out.seek(end))
        return fail(u"cannot write the ZIP file: %1"_s.arg(m_out.errorString()), m_out.fileName());
    m_entries.append(entry);
    return {};
}

Result<void> ZipWriter::finish()
{
    const quint32 directoryStart = static_cast<quint32>(m_out.pos());
    QByteArray directory;
    for (const Entry &entry : std::as_const(m_entries)) {
        zipPut32(directory, 0x02014b50);
        zipPut16(directory, static_cast<quint16>((3u << 8) | kVersion)); // made by Unix
        zipPut16(directory, kVersion);
        zipPut16(directory, kUtf8Names);
        zipPut16(directory, 0);
        zipPut16(directory, m_dosTime);
        zipPut16(directory, m_dosDate);
        zipPut32(directory, entry.crc);
        zipPut32(directory, entry.size);
        zipPut32(directory, entry.size);
        zipPut16(directory, static_cast<quint16>(entry.name.size()));
        zipPut16(directory, 0);              // extra
        zipPut16(directory, 0);              // comment
        zipPut16(directory, 0);              // disk
        zipPut16(directory, 0);              // internal attributes
        zipPut32(directory, 0100644u << 16); // a regular file, rw-r--r--
        zipPut32(directory, entry.offset);
        directory += entry.name;
    }
    zipPut32(directory, 0x06054b50);
    zipPut16(directory, 0);
    zipPut16(directory, 0);
    zipPut16(directory, static_cast<quint16>(m_entries.size()));
    zipPut16(directory, static_cast<quint16>(m_entries.size()));
    zipPut32(directory, 0); // the directory's size, filled in below
    zipPut32(directory, directoryStart);
    zipPut16(directory, 0);
    // The end record's "size of the central directory" excludes the end record itself (22 bytes).
    const quint32 directorySize = static_cast<quint32>(directory.size() - 22);
    qToLittleEndian(directorySize, directory.data() + directory.size() - 10);
    return put(directory);
}

Result<void> ZipWriter::zipFolder(const QString &folder, const QString &zipPath, const QDateTime &time)
{
    if (QFileInfo::exists(zipPath))
        return fail(u"the ZIP file already exists"_s, zipPath);
    const QString temporary =
        zipPath + u".partial-"_s + QString::number(QRandomGenerator::system()->generate(), 16);
    QFile out(temporary);
    if (!out.open(QIODevice::ReadWrite | QIODevice::NewOnly))
        return fail(u"cannot create the ZIP file: %1"_s.arg(out.errorString()), temporary);
    auto written = [&]() -> Result<void> {
        ZipWriter zip(out, time);
        const QString top = QFileInfo(folder).fileName();
        for (const QString &file : zipEntriesUnder(folder))
            if (auto added = zip.addFile(top + u'/' + file, folder + u'/' + file); !added)
                return added;
        if (auto finished = zip.finish(); !finished)
            return finished;
        if (!out.flush() || ::fsync(out.handle()) != 0)
            return fail(u"cannot write the ZIP file: %1"_s.arg(out.errorString()), temporary);
        return {};
    }();
    out.close();
    if (written && ::renameat2(AT_FDCWD, QFile::encodeName(temporary).constData(), AT_FDCWD,
                               QFile::encodeName(zipPath).constData(), RENAME_NOREPLACE) != 0)
        written = fail(u"cannot move the ZIP into place: %1"_s.arg(QString::fromLocal8Bit(strerror(errno))),
                       zipPath);
    if (!written)
        QFile::remove(temporary);
    return written;
}

} // namespace custos::audit
