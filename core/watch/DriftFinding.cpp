#include "core/watch/DriftFinding.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace custos {

namespace {

// p-values are kept to 4 significant digits, so the JSON reads the same on every platform.
double significant(double value)
{
    if (value == 0.0 || !std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, 3 - std::floor(std::log10(std::abs(value))));
    return std::round(value * scale) / scale;
}

} // namespace

QString DriftFinding::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Quiet:
        return u"quiet"_s;
    case Outcome::Alert:
        return u"alert"_s;
    case Outcome::NotEnoughTraffic:
        return u"not_enough_traffic"_s;
    }
    return {};
}

QString DriftFinding::key() const
{
    return QStringList{watcher, service, valueClass, subject, user}.join(u'\n');
}

void DriftFinding::addContributing(qint64 seq)
{
    ++contributingTotal;
    if (contributing.size() < kContributingCap)
        contributing.append(seq);
}

WatchAlert DriftFinding::toAlert(const QDate &weekEnding, double alpha, const QString &policyHash,
                                 const QJsonObject &replay) const
{
    WatchAlert alert;
    const QByteArray idKey = (u"drift\n"_s + key() + u'\n' + weekEnding.toString(Qt::ISODate)).toUtf8();
    alert.id = u"al-"_s + QString::fromLatin1(
                              QCryptographicHash::hash(idKey, QCryptographicHash::Sha256).toHex().left(16));
    alert.watcher = watcher;
    alert.user = user;
    alert.service = service;
    alert.valueClass = valueClass;
    alert.subject = subject;
    alert.severity = severity;
    alert.day = weekEnding;
    alert.timeMs = QDateTime(weekEnding.addDays(1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    alert.statistic = inFamily ? significant(adjustedP) : observed;
    alert.threshold = inFamily ? alpha : 0.0;
    alert.baseline = baseline;
    alert.windowCounts = windowCounts;
    alert.contributing = contributing;
    alert.policyHash = policyHash;
    QJsonObject detail = toJson();
    for (auto it = replay.begin(); it != replay.end(); ++it)
        detail.insert(it.key(), it.value());
    alert.detail = detail;
    return alert;
}

QJsonObject DriftFinding::toJson() const
{
    QJsonArray windows;
    for (int count : windowCounts)
        windows.append(count);
    QJsonObject json{{u"watcher"_s, watcher},
                     {u"outcome"_s, outcomeName(outcome)},
                     {u"test"_s, test},
                     {u"observed"_s, significant(observed)},
                     {u"baseline"_s, significant(baseline)},
                     {u"window_counts"_s, windows}};
    if (inFamily) {
        json.insert(u"p_value"_s, significant(pValue));
        json.insert(u"adjusted_p"_s, significant(adjustedP));
        json.insert(u"statistic"_s, significant(statistic));
    }
    for (const auto &[name, value] :
         {std::pair{u"service"_s, service}, std::pair{u"class"_s, valueClass},
          std::pair{u"subject"_s, subject}, std::pair{u"user"_s, user}, std::pair{u"note"_s, note}}) {
        if (!value.isEmpty())
            json.insert(name, value);
    }
    if (contributingTotal > contributing.size())
        json.insert(u"contributing_total"_s, contributingTotal);
    return json;
}

} // namespace custos
