#include "core/watch/RiskLevel.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace custos {

namespace {

QString isoUtc(qint64 timeMs)
{
    return QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

qint64 msOf(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

QJsonObject RiskLevel::toJson() const
{
    return QJsonObject{{u"action"_s, u"set"_s},     {u"user"_s, user},
                       {u"class"_s, valueClass},    {u"alert_id"_s, alertId},
                       {u"cause"_s, cause},         {u"set_by"_s, setBy},
                       {u"from"_s, isoUtc(fromMs)}, {u"until"_s, isoUtc(untilMs)}};
}

Result<RiskLevel> RiskLevel::fromJson(const QJsonObject &json)
{
    if (json.value(u"action"_s).toString() != u"set")
        return fail(u"not a risk level being set"_s);
    RiskLevel level;
    level.user = json.value(u"user"_s).toString();
    level.valueClass = json.value(u"class"_s).toString();
    level.alertId = json.value(u"alert_id"_s).toString();
    level.cause = json.value(u"cause"_s).toString();
    level.setBy = json.value(u"set_by"_s).toString();
    level.fromMs = msOf(json.value(u"from"_s));
    level.untilMs = msOf(json.value(u"until"_s));
    if (level.user.isEmpty() || level.valueClass.isEmpty() || level.untilMs <= level.fromMs)
        return fail(u"a risk level needs a user, a class and an end after its start"_s);
    return level;
}

QString RiskLevel::describe() const
{
    return u"risk level on %1 for %2 until %3 (alert %4, %5)"_s.arg(valueClass, user, isoUtc(untilMs),
                                                                    alertId, cause);
}

} // namespace custos
