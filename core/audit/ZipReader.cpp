#include "core/audit/ZipReader.h"

#include "core/audit/Crc32.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace custos::audit {
namespace {

struct CentralEntry
{
    QString name;
    quint16 method = 0;
    quint32 crc = 0;
    quint32 size = 0;
    quint32 localOffset = 0;
};

quint16 zipRead16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 zipRead32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

bool isSafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\'))
        return false;
    for (const QStringView part : QStringView(name).split(u'/'))
        if (part == u"..")
            return false;
    return true;
}

Result<QList<CentralEntry>> centralDirectory(QFile &zip)
{
    const qint64 tail = std::min<qint64>(zip.size(), 22 + 0xFFFF);
    zip.seek(zip.size() - tail);
    const QByteArray end = zip.read(tail);
    const qsizetype at = end.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (at < 0 || end.size() - at < 22)
        return fail(u"not a ZIP file (no end of central directory)"_s, zip.fileName());
    const quint16 count = zipRead16(end, at + 10);
    const quint32 size = zipRead32(end, at + 12);
    const quint32 offset = zipRead32(end, at + 16);
    if (!zip.seek(offset))
        return fail(u"damaged ZIP file (central directory outside the file)"_s, zip.fileName());
    const QByteArray directory = zip.read(size);
    QList<CentralEntry> entries;
    qsizetype pos = 0;
    for (int i = 0; i < count; ++i) {
        if (pos + 46 > directory.size() || zipRead32(directory, pos) != 0x02014b50)
            return fail(u"damaged ZIP file (central directory entry %1)"_s.arg(i + 1), zip.fileName());
        const quint16 nameLength = zipRead16(directory, pos + 28);
        const qsizetype next =
            pos + 46 + nameLength + zipRead16(directory, pos + 30) + zipRead16(directory, pos + 32);
        if (next > directory.size())
            return fail(u"damaged ZIP file (central directory entry %1)"_s.arg(i + 1), zip.fileName());
        entries.append(CentralEntry{QString::fromUtf8(directory.mid(pos + 46, nameLength)),
                                    zipRead16(directory, pos + 10), zipRead32(directory, pos + 16),
                                    zipRead32(directory, pos + 24), zipRead32(directory, pos + 42)});
        pos = next;
    }
    return entries;
}

Result<void> extractEntry(QFile &zip, const CentralEntry &entry, const QString &target)
{
    zip.seek(entry.localOffset);
    const QByteArray header = zip.read(30);
    if (header.size() != 30 || zipRead32(header, 0) != 0x04034b50)
        return fail(u"damaged ZIP file (no local header for %1)"_s.arg(entry.name), zip.fileName());
    zip.seek(entry.localOffset + 30 + zipRead16(header, 26) + zipRead16(header, 28));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(u"cannot unpack %1"_s.arg(entry.name), target);
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(u"cannot unpack %1: %2"_s.arg(entry.name, out.errorString()), target);
    Crc32 crc;
    qint64 left = entry.size;
    while (left > 0) {
        const QByteArray chunk = zip.read(std::min<qint64>(left, 256 * 1024));
        if (chunk.isEmpty())
            return fail(u"the ZIP file ends inside %1"_s.arg(entry.name), zip.fileName());
        crc.add(chunk);
        if (out.write(chunk) != chunk.size())
            return fail(u"cannot unpack %1: %2"_s.arg(entry.name, out.errorString()), target);
        left -= chunk.size();
    }
    if (crc.value() != entry.crc)
        return fail(u"%1 does not match its CRC-32 in the ZIP"_s.arg(entry.name), zip.fileName());
    return {};
}

} // namespace

Result<QString> ZipReader::extract(const QString &zipPath, const QString &into)
{
    QFile zip(zipPath);
    if (!zip.open(QIODevice::ReadOnly))
        return fail(u"cannot read: %1"_s.arg(zip.errorString()), zipPath);
    auto entries = centralDirectory(zip);
    if (!entries)
        return std::unexpected(entries.error());
    QString top;
    for (const CentralEntry &entry : std::as_const(*entries)) {
        if (!isSafeName(entry.name))
            return fail(u"the ZIP holds an unsafe path '%1'"_s.arg(entry.name), zipPath);
        const QString first = entry.name.section(u'/', 0, 0);
        if (!top.isEmpty() && first != top)
            return fail(u"the ZIP holds more than one top folder (%1, %2)"_s.arg(top, first), zipPath);
        top = first;
        if (entry.name.endsWith(u'/'))
            continue; // a folder entry
        if (entry.method != 0)
            return fail(
                u"%1 is compressed (the ZIP was not written by Custos); unzip it and verify the folder"_s.arg(
                    entry.name),
                zipPath);
        if (auto extracted = extractEntry(zip, entry, into + u'/' + entry.name); !extracted)
            return std::unexpected(extracted.error());
    }
    if (top.isEmpty())
        return fail(u"the ZIP file is empty"_s, zipPath);
    return top;
}

} // namespace custos::audit
