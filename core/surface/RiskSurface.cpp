#include "core/surface/RiskSurface.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

QJsonObject countsToJson(const QMap<QString, qint64> &counts)
{
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(it.key(), *it);
    return json;
}

QJsonArray sendersToJson(const QList<SurfaceSender> &senders)
{
    QJsonArray json;
    for (const SurfaceSender &sender : senders)
        json.append(QJsonObject{{u"name"_s, sender.name},
                                {u"distinct_values"_s, sender.distinctValues},
                                {u"interactions"_s, sender.interactions},
                                {u"by_class"_s, countsToJson(sender.distinctByClass)}});
    return json;
}

QJsonArray daysToJson(const QList<SurfaceDay> &days)
{
    QJsonArray json;
    for (const SurfaceDay &day : days)
        json.append(QJsonObject{{u"day"_s, day.day.toString(Qt::ISODate)},
                                {u"interactions"_s, day.interactions},
                                {u"hits"_s, countsToJson(day.hitsByClass)}});
    return json;
}

QJsonArray classesToJson(const RiskSurface &surface)
{
    QJsonArray json;
    for (const SurfaceClass &figure : surface.classes)
        json.append(QJsonObject{{u"class"_s, figure.dataClass},
                                {u"hits"_s, figure.hits},
                                {u"interactions"_s, figure.interactions},
                                {u"hits_per_1000"_s, figure.hitsPerThousand}});
    return json;
}

QJsonArray valueClassesToJson(const RiskSurface &surface)
{
    QJsonArray json;
    for (const SurfaceValueClass &figure : surface.valueClasses)
        json.append(
            QJsonObject{{u"class"_s, figure.valueClass}, {u"distinct_values"_s, figure.distinctValues}});
    return json;
}

QJsonArray recipientsToJson(const RiskSurface &surface)
{
    QJsonArray json;
    for (const SurfaceRecipient &recipient : surface.recipients)
        json.append(QJsonObject{{u"provider"_s, recipient.provider},
                                {u"model"_s, recipient.model},
                                {u"class"_s, recipient.dataClass},
                                {u"interactions"_s, recipient.interactions},
                                {u"redacted"_s, recipient.redacted}});
    return json;
}

QJsonArray wouldHaveToJson(const RiskSurface &surface)
{
    QJsonArray json;
    for (const SurfaceWouldHave &rule : surface.wouldHave)
        json.append(QJsonObject{
            {u"rule"_s, rule.rule}, {u"action"_s, rule.action}, {u"interactions"_s, rule.interactions}});
    return json;
}

QJsonObject funnelToJson(const SurfaceExceptionFunnel &funnel)
{
    return {{u"requested"_s, funnel.requested},
            {u"approved"_s, funnel.approved},
            {u"rejected"_s, funnel.rejected},
            {u"pending"_s, funnel.pending},
            {u"used"_s, funnel.used},
            {u"interactions_under_exception"_s, funnel.interactionsUnderException}};
}

QJsonArray alertsToJson(const RiskSurface &surface)
{
    QJsonArray json;
    for (const SurfaceAlert &alert : surface.openAlerts)
        json.append(QJsonObject{{u"id"_s, alert.id},
                                {u"watcher"_s, alert.watcher},
                                {u"user"_s, alert.user},
                                {u"class"_s, alert.valueClass},
                                {u"severity"_s, alert.severity},
                                {u"raised"_s, alert.raised.toUTC().toString(Qt::ISODateWithMs)}});
    return json;
}

} // namespace

QJsonObject RiskSurface::toJson() const
{
    return {{u"from"_s, period.from().toString(Qt::ISODateWithMs)},
            {u"to"_s, period.to().toString(Qt::ISODateWithMs)},
            {u"pseudonymised"_s, pseudonymised},
            {u"interactions"_s, interactions},
            {u"days"_s, daysToJson(days)},
            {u"classes"_s, classesToJson(*this)},
            {u"value_classes"_s, valueClassesToJson(*this)},
            {u"top_users"_s, sendersToJson(topUsers)},
            {u"top_services"_s, sendersToJson(topServices)},
            {u"recipients"_s, recipientsToJson(*this)},
            {u"decisions"_s, countsToJson(decisions)},
            {u"would_have"_s, wouldHaveToJson(*this)},
            {u"would_have_blocked"_s, wouldHaveBlocked},
            {u"exceptions"_s, funnelToJson(exceptions)},
            {u"open_alerts"_s, alertsToJson(*this)}};
}

} // namespace custos
