#include "core/watch/AlertBook.h"

#include "core/evidence/EvidenceStore.h"

using namespace Qt::StringLiterals;

namespace custos {

QString AlertRecord::stateName(State state)
{
    switch (state) {
    case State::Open:
        return u"open"_s;
    case State::Escalated:
        return u"escalated"_s;
    case State::Dismissed:
        return u"dismissed"_s;
    case State::Confirmed:
        return u"confirmed"_s;
    }
    return {};
}

QJsonObject AlertRecord::toJson() const
{
    QJsonObject json = alert.toJson();
    json.remove(u"action"_s);
    json.insert(u"seq"_s, seq);
    json.insert(u"recorded"_s, recorded.toUTC().toString(Qt::ISODate));
    json.insert(u"state"_s, stateName(state));
    if (!escalatedBy.isEmpty()) {
        json.insert(u"escalated_by"_s, escalatedBy);
        json.insert(u"escalated_at"_s, escalatedAt.toUTC().toString(Qt::ISODate));
        json.insert(u"escalation_reason"_s, escalationReason);
    }
    if (!isUndecided()) {
        json.insert(u"decided_by"_s, decidedBy);
        json.insert(u"decided_at"_s, decidedAt.toUTC().toString(Qt::ISODate));
        json.insert(u"reason"_s, reason);
    }
    return json;
}

Result<AlertBook> AlertBook::load(const EvidenceStore &store)
{
    EvidenceQuery query;
    query.kind = EventKind::Alert;
    query.newestFirst = false;
    auto events = store.queryAll(query);
    if (!events)
        return std::unexpected(events.error());
    AlertBook book;
    for (const EvidenceEvent &event : *events)
        book.apply(event);
    return book;
}

void AlertBook::apply(const EvidenceEvent &event)
{
    if (event.kind != EventKind::Alert)
        return;
    const QString action = event.payload.value(u"action"_s).toString();
    if (action == u"raised") {
        auto alert = WatchAlert::fromJson(event.payload);
        if (alert && !contains(alert->id)) {
            AlertRecord record;
            record.alert = *alert;
            record.seq = event.seq;
            record.recorded = event.time;
            m_records.append(record);
        }
        return;
    }
    const QString id = event.payload.value(u"alert_id"_s).toString();
    for (AlertRecord &record : m_records) {
        if (record.alert.id != id || !record.isUndecided())
            continue;
        if (action == u"escalated") {
            if (record.state != AlertRecord::State::Open)
                continue;
            record.state = AlertRecord::State::Escalated;
            record.escalatedBy = event.actor;
            record.escalationReason = event.payload.value(u"reason"_s).toString();
            record.escalatedAt = event.time;
            continue;
        }
        record.state = action == u"dismissed" ? AlertRecord::State::Dismissed : AlertRecord::State::Confirmed;
        record.decidedBy = event.actor;
        record.reason = event.payload.value(u"reason"_s).toString();
        record.decidedAt = event.time;
    }
}

const AlertRecord *AlertBook::find(const QString &alertIdOrPrefix) const
{
    const AlertRecord *match = nullptr;
    for (const AlertRecord &record : m_records) {
        if (!record.alert.id.startsWith(alertIdOrPrefix))
            continue;
        if (match)
            return nullptr; // ambiguous
        match = &record;
    }
    return match;
}

bool AlertBook::contains(const QString &alertId) const
{
    return std::ranges::any_of(m_records,
                               [&](const AlertRecord &record) { return record.alert.id == alertId; });
}

} // namespace custos
