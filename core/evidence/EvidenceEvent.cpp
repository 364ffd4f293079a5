#include "EvidenceEvent.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

constexpr std::array kKindNames{u"interaction", u"approval",     u"exception", u"policy_publish", u"admin",
                                u"retention",   u"audit_export", u"alert",     u"risk_level"};

// Payload fields the ledger keeps (they are covered by the payload digest) but no output shows.
constexpr std::array kWithheldFields{u"password_hash"};

// The payload as shown; withheld fields are dropped and named, so a reader knows the payload
// digest covers more than what is printed.
QJsonObject shownPayload(QJsonObject payload, QJsonObject &json)
{
    QJsonArray withheld;
    for (const QStringView field : kWithheldFields) {
        if (payload.contains(field)) {
            payload.remove(field);
            withheld.append(QString(u"payload."_s + field));
        }
    }
    if (!withheld.isEmpty())
        json.insert(u"withheld"_s, withheld);
    return payload;
}

} // namespace

QString eventKindName(EventKind kind)
{
    return QString(kKindNames.at(static_cast<std::size_t>(kind)));
}

std::optional<EventKind> eventKindFromName(QStringView name)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (name == kKindNames[i])
            return static_cast<EventKind>(i);
    }
    return std::nullopt;
}

QJsonObject EvidenceEvent::toJson() const
{
    QJsonObject json{
        {u"seq"_s, seq},
        {u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
        {u"kind"_s, eventKindName(kind)},
        {u"actor"_s, actor},
        {u"policyHash"_s, policyHash},
        {u"payloadDigest"_s, QString::fromLatin1(payloadDigest.toHex())},
        {u"prevHash"_s, QString::fromLatin1(prevHash.toHex())},
        {u"hash"_s, QString::fromLatin1(hash.toHex())},
    };
    json.insert(u"payload"_s, shownPayload(payload, json));
    if (tombstoned)
        json.insert(u"tombstoned"_s, true);
    const auto putIfSet = [&json](QStringView key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key.toString(), value);
    };
    putIfSet(u"service", service);
    putIfSet(u"user", user);
    putIfSet(u"decision", decision);
    putIfSet(u"exceptionId", exceptionId);
    putIfSet(u"caseId", caseId);
    putIfSet(u"model", model);
    putIfSet(u"route", route);
    if (!rules.isEmpty())
        json.insert(u"rules"_s, QJsonArray::fromStringList(rules));
    if (!dataClasses.isEmpty())
        json.insert(u"dataClasses"_s, QJsonArray::fromStringList(dataClasses));
    return json;
}

} // namespace custos
