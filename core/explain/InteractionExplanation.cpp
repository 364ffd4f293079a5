#include "core/explain/InteractionExplanation.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos {

namespace {

QJsonValue explainedTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString explainedHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

QJsonObject ExplainedPolicy::toJson() const
{
    QJsonObject json{{u"hash"_s, hash}, {u"found"_s, found}};
    if (found) {
        json.insert(u"seq"_s, seq);
        json.insert(u"author"_s, author);
        json.insert(u"published_at"_s, explainedTime(publishedAt));
        json.insert(u"comment"_s, comment);
        json.insert(u"title"_s, title);
    } else {
        json.insert(u"problem"_s, problem);
    }
    return json;
}

QJsonObject ExceptionStep::toJson() const
{
    QJsonObject json{{u"seq"_s, seq},
                     {u"event"_s, event},
                     {u"actor"_s, actor},
                     {u"time"_s, explainedTime(time)},
                     {u"this_use"_s, thisUse}};
    if (!interactionId.isEmpty())
        json.insert(u"interaction_id"_s, interactionId);
    if (useNumber > 0)
        json.insert(u"use_number"_s, useNumber);
    return json;
}

QList<ExceptionStep> ExplainedException::decisions() const
{
    QList<ExceptionStep> out;
    for (const ExceptionStep &step : steps)
        if (step.event == u"approved" || step.event == u"rejected")
            out.append(step);
    return out;
}

const ExceptionStep *ExplainedException::thisUse() const
{
    for (const ExceptionStep &step : steps)
        if (step.thisUse)
            return &step;
    return nullptr;
}

QJsonObject ExplainedException::toJson() const
{
    QJsonObject json{{u"id"_s, id}, {u"found"_s, found}};
    if (!found) {
        json.insert(u"problem"_s, problem);
        return json;
    }
    json.insert(u"record"_s, record.toJson());
    QJsonArray approvals;
    for (const ExceptionStep &step : decisions())
        approvals.append(step.toJson());
    json.insert(u"decisions"_s, approvals);
    QJsonArray history;
    for (const ExceptionStep &step : steps)
        history.append(step.toJson());
    json.insert(u"history"_s, history);
    const ExceptionStep *use = thisUse();
    json.insert(u"this_use"_s, use ? QJsonValue(use->toJson()) : QJsonValue());
    return json;
}

QJsonObject ExplainedChain::toJson() const
{
    return QJsonObject{{u"seq"_s, seq},
                       {u"prev_hash"_s, explainedHex(prevHash)},
                       {u"hash"_s, explainedHex(hash)},
                       {u"payload_digest"_s, explainedHex(payloadDigest)},
                       {u"digest_reproduced"_s, digestReproduced},
                       {u"verified_up_to_seq"_s, verified},
                       {u"verify_detail"_s, verifyDetail},
                       {u"events_checked"_s, eventsChecked},
                       {u"checkpoints_checked"_s, checkpointsChecked}};
}

QJsonObject InteractionExplanation::toJson() const
{
    QJsonArray used;
    for (const ExplainedException &exception : exceptions)
        used.append(exception.toJson());
    return QJsonObject{{u"interaction_id"_s, payload.interactionId},
                       {u"time"_s, explainedTime(time)},
                       {u"actor"_s, actor},
                       {u"tombstoned"_s, tombstoned},
                       {u"decision"_s, actionName(payload.decision)},
                       {u"rules"_s, QJsonArray::fromStringList(payload.firedRules())},
                       {u"payload"_s, payload.toJson()},
                       {u"policy"_s, policy.toJson()},
                       {u"exceptions"_s, used},
                       {u"chain"_s, chain.toJson()}};
}

} // namespace custos
