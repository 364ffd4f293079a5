#include "core/audit/AuditFormat.h"

#include "core/evidence/LedgerHash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace custos::audit::format {

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString utcMs(qint64 msSinceEpoch)
{
    return utc(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::UTC));
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString list(const QStringList &items)
{
    return items.join(u';');
}

QString flag(bool value)
{
    return value ? u"1"_s : u"0"_s;
}

QString number(qint64 value)
{
    return QString::number(value);
}

QString decimal(double value)
{
    // Fixed notation: numeric CSV columns hold plain numbers, never "1e-05".
    QString text = QString::number(value, 'f', 4);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text;
}

QString valueDigest(const QJsonValue &value)
{
    QByteArray bytes;
    if (value.isObject())
        bytes = ledger::canonicalPayload(value.toObject());
    else if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isString())
        bytes = value.toString().toUtf8();
    else if (value.isNull() || value.isUndefined())
        return {};
    else
        bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return hex(ledger::sha256(bytes));
}

QString checkpointLabel(qint64 seq, const QDateTime &time, const QByteArray &hash)
{
    return u"seq %1 at %2, hash %3"_s.arg(seq).arg(utc(time), hex(hash));
}

} // namespace custos::audit::format
