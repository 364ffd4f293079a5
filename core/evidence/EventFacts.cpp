#include "EventFacts.h"

#include "LedgerHash.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos {

QString EventFacts::indexedText(const EvidenceEvent &event)
{
    const QString body = event.searchText.isEmpty() ? ledger::payloadText(event.payload) : event.searchText;
    return body.trimmed().isEmpty() ? QString() : body;
}

QJsonObject EventFacts::of(const EvidenceEvent &event, const QString &indexedText)
{
    QJsonObject facts;
    const auto putIfSet = [&facts](const QString &key, const QString &value) {
        if (!value.isEmpty())
            facts.insert(key, value);
    };
    putIfSet(u"service"_s, event.service);
    putIfSet(u"user"_s, event.user);
    putIfSet(u"decision"_s, event.decision);
    putIfSet(u"exception_id"_s, event.exceptionId);
    putIfSet(u"case_id"_s, event.caseId);
    putIfSet(u"model"_s, event.model);
    putIfSet(u"route"_s, event.route);
    if (!event.rules.isEmpty())
        facts.insert(u"rules"_s, QJsonArray::fromStringList(event.rules));
    if (!event.dataClasses.isEmpty())
        facts.insert(u"data_classes"_s, QJsonArray::fromStringList(event.dataClasses));
    // The text itself stays out (the payload holds it); its digest says whether and what was indexed.
    if (!indexedText.isEmpty())
        facts.insert(u"text"_s, QString::fromLatin1(ledger::sha256(indexedText.toUtf8()).toHex()));
    return facts;
}

QByteArray EventFacts::encode(const EvidenceEvent &event)
{
    return QJsonDocument(of(event, indexedText(event))).toJson(QJsonDocument::Compact);
}

QByteArray EventFacts::digest(QByteArrayView encoded)
{
    return ledger::sha256(encoded);
}

QStringList EventFacts::fieldNames()
{
    return {u"service"_s, u"user"_s,  u"decision"_s, u"exception_id"_s, u"case_id"_s,
            u"model"_s,   u"route"_s, u"rules"_s,    u"data_classes"_s, u"text"_s};
}

} // namespace custos
