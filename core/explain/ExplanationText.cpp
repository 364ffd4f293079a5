#include "core/explain/ExplanationText.h"

#include "core/policy/PayloadText.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos {

namespace {

QString explainTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : u"-"_s;
}

QString shortened(const QString &text)
{
    if (text.size() <= ExplanationText::kMaxTextLength)
        return text;
    return text.left(ExplanationText::kMaxTextLength) +
           u"… (%1 more characters)"_s.arg(text.size() - ExplanationText::kMaxTextLength);
}

QString quoted(const QString &text)
{
    QString oneLine = text;
    oneLine.replace(u'\n', u"\\n"_s);
    return u'"' + shortened(oneLine) + u'"';
}

// The texts of one body (prompt, messages, tool arguments...), one "path: text" line each. A body
// that was not a JSON object (a stream's text, or what could not be parsed) is shown as it is.
QStringList bodyLines(const QJsonValue &body, const std::optional<ApiFlavor> &api)
{
    if (body.isString())
        return {quoted(body.toString())};
    if (!body.isObject() || !api)
        return {QString::fromUtf8(QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact))};
    QStringList lines;
    for (const TextLocation &location : PayloadText::collect(body.toObject()))
        lines << location.path() + u": "_s + quoted(location.text);
    if (lines.isEmpty())
        lines << u"(no text)"_s;
    return lines;
}

// "as passed on": `true` means unchanged, null means it was not passed on at all.
QStringList passedOnLines(const QJsonValue &passedOn, const std::optional<ApiFlavor> &api)
{
    if (passedOn.isBool())
        return {u"unchanged"_s};
    if (passedOn.isNull() || passedOn.isUndefined())
        return {u"not passed on"_s};
    return bodyLines(passedOn, api);
}

void appendIndented(QString &out, const QString &label, const QStringList &lines)
{
    out += u"  "_s + label + u":\n"_s;
    for (const QString &line : lines)
        out += u"    "_s + line + u'\n';
}

} // namespace

QString ExplanationText::format(const InteractionExplanation &explanation)
{
    QString out = header(explanation);
    if (explanation.tombstoned)
        out += u"\nThe payload was erased by retention; its digest keeps the chain.\n"_s;
    else
        out += decisionSection(explanation.payload) + bodySection(explanation.payload);
    out += policySection(explanation.policy);
    if (explanation.exceptions.isEmpty())
        out += u"\nException: none used\n"_s;
    for (const ExplainedException &exception : explanation.exceptions)
        out += exceptionSection(exception);
    out += chainSection(explanation.chain);
    return out;
}

QString ExplanationText::header(const InteractionExplanation &explanation)
{
    const InteractionPayload &payload = explanation.payload;
    QString out =
        u"Interaction %1\n"_s.arg(payload.interactionId.isEmpty() ? u"(erased)"_s : payload.interactionId);
    out += u"  recorded %1 at seq %2, actor %3\n"_s.arg(explainTime(explanation.time))
               .arg(explanation.chain.seq)
               .arg(explanation.actor);
    if (explanation.tombstoned)
        return out;
    out += u"  caller %1, service %2, key %3\n"_s.arg(
        payload.user.isEmpty() ? u"-"_s : payload.user, payload.service.isEmpty() ? u"-"_s : payload.service,
        payload.keyPrefix.isEmpty() ? u"-"_s : payload.keyPrefix);
    out += u"  endpoint %1, api %2%3, model %4, route %5\n"_s.arg(
        payload.endpoint, payload.api ? apiFlavorName(*payload.api) : u"-"_s,
        payload.stream ? u" (stream)"_s : QString(), payload.model.isEmpty() ? u"-"_s : payload.model,
        payload.route.isEmpty() ? u"-"_s : payload.route);
    QString outcome = payload.hasOutcome ? u"HTTP %1"_s.arg(payload.outcomeStatus) : u"-"_s;
    if (!payload.outcomeError.isEmpty())
        outcome += u" (%1)"_s.arg(payload.outcomeError);
    if (payload.upstreamStatus)
        outcome += u", upstream answered %1"_s.arg(*payload.upstreamStatus);
    if (!payload.peer.isEmpty())
        outcome += u", peer %1"_s.arg(payload.peer);
    out += u"  outcome %1, failure mode %2\n"_s.arg(outcome, failureModeName(payload.failureMode));
    return out;
}

QString ExplanationText::decisionSection(const InteractionPayload &payload)
{
    QString out = u"\nDecision: %1\n"_s.arg(actionName(payload.decision));
    const QStringList rules = payload.firedRules();
    out += u"  rules fired: %1\n"_s.arg(rules.isEmpty() ? u"none"_s : rules.join(u", "_s));
    if (!payload.exceptedRules.isEmpty())
        out += u"  lifted by exception: %1\n"_s.arg(payload.exceptedRules.join(u", "_s));
    for (const InteractionDecision &decision : payload.decisions) {
        QString stage = decisionStageName(decision.stage);
        if (!decision.channel.isEmpty())
            stage += u" (%1)"_s.arg(decision.channel);
        out += u"  %1: %2"_s.arg(stage, actionName(decision.action));
        if (!decision.rules.isEmpty())
            out += u" by %1"_s.arg(decision.rules.join(u", "_s));
        if (!decision.route.isEmpty())
            out += u" to route %1"_s.arg(decision.route);
        if (!decision.message.isEmpty())
            out += u" — %1"_s.arg(decision.message);
        out += u'\n';
        for (const InteractionHit &hit : decision.hits)
            out +=
                u"    hit %1 (%2) at %3 [%4, %5) confidence %6\n"_s.arg(hit.detector, hit.dataClass, hit.path)
                    .arg(hit.start)
                    .arg(hit.end)
                    .arg(hit.confidence, 0, 'g', 3);
    }
    return out;
}

QString ExplanationText::bodySection(const InteractionPayload &payload)
{
    QString out;
    if (payload.hasRequest) {
        out += u"\nRequest\n"_s;
        appendIndented(out, u"as received"_s, bodyLines(payload.requestReceived, payload.api));
        appendIndented(out, u"as passed on"_s, passedOnLines(payload.requestForwarded, payload.api));
    }
    if (payload.hasResponse) {
        out += u"\nResponse\n"_s;
        appendIndented(out, u"as received"_s, bodyLines(payload.responseReceived, payload.api));
        appendIndented(out, u"as returned"_s, passedOnLines(payload.responseReturned, payload.api));
    }
    return out;
}

QString ExplanationText::policySection(const ExplainedPolicy &policy)
{
    QString out = u"\nPolicy version %1\n"_s.arg(policy.hash.isEmpty() ? u"-"_s : policy.hash);
    if (!policy.found)
        return out + u"  not resolved: %1\n"_s.arg(policy.problem);
    out += u"  published by %1 at %2 (ledger seq %3)\n"_s.arg(policy.author, explainTime(policy.publishedAt))
               .arg(policy.seq);
    if (!policy.title.isEmpty())
        out += u"  title: %1\n"_s.arg(policy.title);
    out += u"  comment: %1\n"_s.arg(policy.comment.isEmpty() ? u"-"_s : quoted(policy.comment));
    return out;
}

QString ExplanationText::exceptionSection(const ExplainedException &exception)
{
    QString out = u"\nException %1"_s.arg(exception.id);
    if (!exception.found)
        return out + u"\n  not resolved: %1\n"_s.arg(exception.problem);
    const ExceptionRecord &record = exception.record;
    out += u": %1\n"_s.arg(exceptionStatusName(record.status));
    out += u"  requested by %1 at %2: %3\n"_s.arg(record.requester, explainTime(record.requestedAt),
                                                  quoted(record.justification));
    out += u"  scope %1\n"_s.arg(
        (record.status == ExceptionStatus::Pending ? record.requestedScope : record.grantedScope).describe());
    const QList<ExceptionStep> decisions = exception.decisions();
    if (decisions.isEmpty())
        out += u"  not decided\n"_s;
    for (const ExceptionStep &step : decisions)
        out += u"  %1 by %2 at %3\n"_s.arg(step.event, step.actor, explainTime(step.time));
    if (record.expiresAt.isValid())
        out += u"  expires %1%2\n"_s.arg(explainTime(record.expiresAt),
                                         record.singleUse ? u", single use"_s : QString());
    if (const ExceptionStep *use = exception.thisUse())
        out += u"  this use: use %1, seq %2 at %3\n"_s.arg(use->useNumber)
                   .arg(use->seq)
                   .arg(explainTime(use->time));
    else
        out += u"  this use: no recorded use names this interaction\n"_s;
    out += u"  history:\n"_s;
    for (const ExceptionStep &step : exception.steps)
        out += u"    seq %1  %2  %3  %4%5\n"_s.arg(step.seq).arg(
            explainTime(step.time), step.event, step.actor,
            step.thisUse ? u"  (this interaction)"_s : QString());
    return out;
}

QString ExplanationText::chainSection(const ExplainedChain &chain)
{
    QString out = u"\nChain\n"_s;
    out += u"  seq %1\n"_s.arg(chain.seq);
    out += u"  prev hash      %1\n"_s.arg(QString::fromLatin1(chain.prevHash.toHex()));
    out += u"  hash           %1\n"_s.arg(QString::fromLatin1(chain.hash.toHex()));
    out += u"  payload digest %1%2\n"_s.arg(QString::fromLatin1(chain.payloadDigest.toHex()),
                                            chain.digestReproduced ? u" (reproduced from the record)"_s
                                                                   : QString());
    out += u"  verified up to seq %1: %2 (%3)\n"_s.arg(chain.seq).arg(chain.verified ? u"yes"_s : u"NO"_s,
                                                                      chain.verifyDetail);
    return out;
}

} // namespace custos
