#pragma once

#include "EvidenceEvent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace custos {

// The projection record of one event: what the query tables (event_facts, event_rules,
// event_classes) and the full-text index hold about it, as canonical JSON (compact, keys sorted,
// empty fields left out). It is stored with the event and its digest is inside the chain hash, so
// verify can re-derive every query-table row from the chain and name what differs.
class EventFacts
{
public:
    // The text the full-text index holds for the event: its search text, else every string of its
    // payload; empty when the event is not searchable.
    static QString indexedText(const EvidenceEvent &event);
    static QJsonObject of(const EvidenceEvent &event, const QString &indexedText);
    static QByteArray encode(const EvidenceEvent &event);
    static QByteArray digest(QByteArrayView encoded);
    // The field names, in the order the query tables' checks name them.
    static QStringList fieldNames();
};

} // namespace custos
