#include "LoggingGap.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

const QString kActionKey = u"action"_s;
const QString kFailuresKey = u"failures"_s;
const QString kReleasedKey = u"released_fail_open"_s;
const QString kFirstKey = u"first_failure_utc"_s;
const QString kLastKey = u"last_failure_utc"_s;
const QString kIdsKey = u"interaction_ids"_s;
const QString kOmittedKey = u"interaction_ids_omitted"_s;
const QString kErrorKey = u"error"_s;

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

void LoggingGap::noteFailure(const QString &interactionId, bool failOpen, const QString &why,
                             const QDateTime &when)
{
    if (failures++ == 0 || when < first)
        first = when;
    if (!last.isValid() || when > last)
        last = when;
    if (failOpen)
        ++releasedFailOpen;
    if (!interactionId.isEmpty()) {
        if (interactionIds.size() < kMaxIds)
            interactionIds.append(interactionId);
        else
            ++idsOmitted;
    }
    error = why;
}

void LoggingGap::merge(const LoggingGap &other)
{
    if (other.isEmpty())
        return;
    if (isEmpty() || other.first < first)
        first = other.first;
    if (isEmpty() || other.last > last)
        last = other.last;
    failures += other.failures;
    releasedFailOpen += other.releasedFailOpen;
    idsOmitted += other.idsOmitted;
    for (const QString &id : other.interactionIds) {
        if (interactionIds.size() < kMaxIds)
            interactionIds.append(id);
        else
            ++idsOmitted;
    }
    if (error.isEmpty() || other.last >= last)
        error = other.error;
}

QJsonObject LoggingGap::toPayload() const
{
    return QJsonObject{
        {kActionKey, QString(kAction)},
        {kFailuresKey, failures},
        {kReleasedKey, releasedFailOpen},
        {kFirstKey, utc(first)},
        {kLastKey, utc(last)},
        {kIdsKey, QJsonArray::fromStringList(interactionIds)},
        {kOmittedKey, idsOmitted},
        {kErrorKey, error},
    };
}

std::optional<LoggingGap> LoggingGap::fromPayload(const QJsonObject &payload)
{
    if (payload.value(kActionKey).toString() != kAction)
        return std::nullopt;
    LoggingGap gap;
    gap.failures = payload.value(kFailuresKey).toInteger();
    gap.releasedFailOpen = payload.value(kReleasedKey).toInteger();
    gap.first = QDateTime::fromString(payload.value(kFirstKey).toString(), Qt::ISODateWithMs);
    gap.last = QDateTime::fromString(payload.value(kLastKey).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &id : payload.value(kIdsKey).toArray())
        gap.interactionIds.append(id.toString());
    gap.idsOmitted = payload.value(kOmittedKey).toInteger();
    gap.error = payload.value(kErrorKey).toString();
    return gap;
}

EvidenceEvent LoggingGap::toEvent(const QString &actor) const
{
    EvidenceEvent event;
    event.kind = EventKind::Admin;
    event.actor = actor;
    event.decision = QString(kAction);
    event.payload = toPayload();
    return event;
}

QString LoggingGap::describe() const
{
    QString text = u"%1 interaction(s) could not be recorded between %2 and %3; %4 released fail-open "
                   "unrecorded, the others withheld (fail closed) or refused. Store error: %5"_s.arg(failures)
                       .arg(utc(first), utc(last))
                       .arg(releasedFailOpen)
                       .arg(error.isEmpty() ? u"(none given)"_s : error);
    if (!interactionIds.isEmpty())
        text += u". Interactions: "_s + interactionIds.join(u' ');
    if (idsOmitted > 0)
        text += u" and %1 more"_s.arg(idsOmitted);
    return text;
}

} // namespace custos
