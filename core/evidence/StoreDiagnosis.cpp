#include "StoreDiagnosis.h"

#include "core/evidence/sqlcipher/SqlCipher.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

struct PageCheck
{
    bool ran = false;
    QList<qint64> badPages;
};

PageCheck checkEveryPage(const QString &path, const KeySource &key)
{
    PageCheck check;
    sqlite3 *raw = nullptr;
    const QByteArray file = QFile::encodeName(path);
    if (sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return check;
    }
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, sqlite3_close);
    QByteArray spec = key.sqlcipherKeySpec();
    const int keyed = sqlite3_key(raw, spec.constData(), int(spec.size()));
    spec.fill('\0');
    if (keyed != SQLITE_OK)
        return check;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(raw, "PRAGMA cipher_integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return check;
    static const QRegularExpression pageNumber(u"page (\\d+)"_s);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString line =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        const auto match = pageNumber.match(line);
        if (match.hasMatch())
            check.badPages.append(match.captured(1).toLongLong());
    }
    sqlite3_finalize(statement);
    check.ran = rc == SQLITE_DONE;
    return check;
}

QString pageList(const QList<qint64> &pages)
{
    QStringList shown;
    for (qsizetype i = 0; i < pages.size() && i < 10; ++i)
        shown.append(QString::number(pages[i]));
    if (pages.size() > 10)
        shown.append(u"and %1 more"_s.arg(pages.size() - 10));
    return shown.join(u", "_s);
}

} // namespace

std::optional<QString> StoreDiagnosis::beforeOpening(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return u"this is a folder, not a store file (give the path of the .db file)"_s;
    if (!info.exists())
        return std::nullopt;
    if (info.size() == 0)
        return u"the file is empty (0 bytes), not a store"_s;
    if (info.size() % kPageSize != 0)
        return u"the store is damaged or truncated: its size (%1 bytes) is not a whole number of %2-byte pages"_s
            .arg(info.size())
            .arg(kPageSize);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16))
        return u"this is an unencrypted SQLite database, not a Custos store"_s;
    return std::nullopt;
}

std::optional<QString> StoreDiagnosis::afterFailedOpen(const QString &path, const KeySource &key)
{
    if (auto early = beforeOpening(path))
        return early;
    const PageCheck check = checkEveryPage(path, key);
    if (!check.ran)
        return std::nullopt;
    const qint64 pages = QFileInfo(path).size() / kPageSize;
    if (check.badPages.size() >= pages)
        return QString(kSqlCipherWrongKeyMessage) +
               u": no page of the file decrypts with this key (or the salt in its first 16 bytes is damaged)"_s;
    if (!check.badPages.isEmpty())
        return u"the store is damaged: %1 of its %2 pages fail SQLCipher's HMAC check (page %3)%4; the key is"
               " right"_s.arg(check.badPages.size())
                   .arg(pages)
                   .arg(pageList(check.badPages))
                   .arg(check.badPages.contains(1) ? u", among them page 1, the header and schema"_s
                                                   : QString());
    return u"the store is damaged: the key is right and all %1 pages are intact, but its structure cannot be"
           " read; the file was probably cut short (truncated) or pages were moved"_s.arg(pages);
}

} // namespace custos
