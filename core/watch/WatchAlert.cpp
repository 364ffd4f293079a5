#include "core/watch/WatchAlert.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace custos {

namespace {

QJsonArray seqArray(const QList<qint64> &seqs)
{
    QJsonArray out;
    for (qint64 seq : seqs)
        out.append(seq);
    return out;
}

QList<qint64> seqList(const QJsonValue &value)
{
    QList<qint64> out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toInteger());
    return out;
}

// Rounded so the JSON (and the payload digest) reads the same on every platform.
double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

} // namespace

QString WatchAlert::idFor(const QString &user, const QString &valueClass, int ordinal)
{
    const QByteArray key = (user + u'\n' + valueClass + u'\n' + QString::number(ordinal)).toUtf8();
    return u"al-"_s +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

QJsonObject WatchAlert::toJson() const
{
    QJsonArray windows;
    for (int count : windowCounts)
        windows.append(count);
    QJsonObject json{
        {u"action"_s, u"raised"_s},
        {u"alert_id"_s, id},
        {u"watcher"_s, watcher},
        {u"watcher_version"_s, watcherVersion},
        {u"user"_s, user},
        {u"service"_s, service},
        {u"class"_s, valueClass},
        {u"severity"_s, severity},
        {u"day"_s, day.toString(Qt::ISODate)},
        {u"evaluated_at"_s, QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::UTC).toString(Qt::ISODate)},
        {u"statistic"_s, rounded(statistic)},
        {u"threshold"_s, rounded(threshold)},
        {u"baseline"_s, rounded(baseline)},
        {u"dispersion"_s, rounded(dispersion)},
        {u"novel_today"_s, novelToday},
        {u"window_counts"_s, windows},
        {u"contributing"_s, seqArray(contributing)},
        {u"covered"_s, seqArray(covered)},
        {u"policy_hash"_s, policyHash}};
    if (!subject.isEmpty())
        json.insert(u"subject"_s, subject);
    if (!detail.isEmpty())
        json.insert(u"detail"_s, detail);
    return json;
}

Result<WatchAlert> WatchAlert::fromJson(const QJsonObject &json)
{
    if (json.value(u"action"_s).toString() != u"raised" || json.value(u"alert_id"_s).toString().isEmpty())
        return fail(u"not a raised alert"_s);
    WatchAlert alert;
    alert.id = json.value(u"alert_id"_s).toString();
    alert.watcher = json.value(u"watcher"_s).toString();
    alert.watcherVersion = json.value(u"watcher_version"_s).toInt();
    alert.user = json.value(u"user"_s).toString();
    alert.service = json.value(u"service"_s).toString();
    alert.valueClass = json.value(u"class"_s).toString();
    alert.severity = json.value(u"severity"_s).toString();
    alert.day = QDate::fromString(json.value(u"day"_s).toString(), Qt::ISODate);
    alert.timeMs =
        QDateTime::fromString(json.value(u"evaluated_at"_s).toString(), Qt::ISODate).toMSecsSinceEpoch();
    alert.statistic = json.value(u"statistic"_s).toDouble();
    alert.threshold = json.value(u"threshold"_s).toDouble();
    alert.baseline = json.value(u"baseline"_s).toDouble();
    alert.dispersion = json.value(u"dispersion"_s).toDouble(1.0);
    alert.novelToday = json.value(u"novel_today"_s).toInt();
    for (const QJsonValue &count : json.value(u"window_counts"_s).toArray())
        alert.windowCounts.append(count.toInt());
    alert.contributing = seqList(json.value(u"contributing"_s));
    alert.covered = seqList(json.value(u"covered"_s));
    alert.policyHash = json.value(u"policy_hash"_s).toString();
    alert.subject = json.value(u"subject"_s).toString();
    alert.detail = json.value(u"detail"_s).toObject();
    return alert;
}

QJsonObject WatchAlert::toSimulationJson() const
{
    return QJsonObject{
        {u"time"_s, QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::UTC).toString(Qt::ISODate)},
        {u"watcher"_s, watcher},
        {u"user"_s, user},
        {u"class"_s, valueClass},
        {u"severity"_s, severity},
        {u"statistic"_s, rounded(statistic)},
        {u"threshold"_s, rounded(threshold)},
        {u"contributing"_s, seqArray(contributing)}};
}

} // namespace custos
