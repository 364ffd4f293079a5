#include "core/audit/InteractionTables.h"

#include "core/audit/AuditFormat.h"
#include "core/audit/AuditTables.h"
#include "core/audit/DecisionStats.h"
#include "core/audit/GapLog.h"
#include "core/audit/TableStream.h"
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/LedgerHash.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace custos::audit {

namespace {

// The strongest action among the request's decisions, or the response's; empty when none.
QString strongestAt(const InteractionPayload &payload, bool response)
{
    std::optional<Action> strongest;
    for (const InteractionDecision &decision : payload.decisions)
        if (decision.isResponse() == response && (!strongest || decision.action > *strongest))
            strongest = decision.action;
    return strongest ? actionName(*strongest) : QString();
}

QStringList exceptionIdsOf(const LedgerRow &row, const InteractionPayload *payload)
{
    if (payload)
        return payload->exceptionIds;
    return row.exceptionId.isEmpty() ? QStringList{} : row.exceptionId.split(u',');
}

QStringList detectorsOf(const InteractionPayload &payload)
{
    QStringList detectors;
    for (const InteractionHit &hit : payload.allHits())
        if (!detectors.contains(hit.detector))
            detectors.append(hit.detector);
    return detectors;
}

InteractionRow reportRowOf(const LedgerRow &row, const InteractionPayload *payload)
{
    InteractionRow out;
    out.seq = row.chain.seq;
    out.time = QDateTime::fromMSecsSinceEpoch(row.timeMs, QTimeZone::UTC);
    out.interactionId = payload ? payload->interactionId : QString();
    out.service = payload ? payload->service : row.service;
    out.user = payload ? payload->user : row.user;
    out.decision = payload ? actionName(payload->decision) : row.decision;
    out.rules = payload ? payload->firedRules() : row.rules;
    out.dataClasses = payload ? payload->dataClasses() : row.dataClasses;
    out.policyHash = payload ? payload->policyHash : row.policyHash;
    out.exceptionId = format::list(exceptionIdsOf(row, payload));
    return out;
}

} // namespace

InteractionTables::InteractionTables(AuditContext &context, const PayloadExporter &exporter)
    : m_context(context)
    , m_exporter(exporter)
{}

Result<void> InteractionTables::scan(const Visit &visit)
{
    const LedgerWindow &window = m_context.window();
    if (window.periodEmpty())
        return {};
    Result<void> outcome;
    auto scanned =
        m_context.store().scanLedger(window.firstSeq - 1, window.lastSeq, [&](const LedgerRow &row) {
            outcome = m_context.tick(row.chain.seq, window.firstSeq, window.lastSeq);
            if (!outcome || !m_context.interactionInScope(row))
                return bool(outcome);
            if (row.chain.tombstoned) {
                outcome = visit(row, nullptr, {});
                return bool(outcome);
            }
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(row.chain.payload, &parseError);
            if (!document.isObject()) {
                outcome =
                    visit(row, nullptr,
                          u"the stored payload is not a JSON object (%1)"_s.arg(parseError.errorString()));
                return bool(outcome);
            }
            auto payload = InteractionPayload::fromJson(document.object());
            outcome = payload ? visit(row, &*payload, {}) : visit(row, nullptr, payload.error().message);
            return bool(outcome);
        });
    if (!scanned)
        return scanned;
    return outcome;
}

QStringList InteractionTables::interactionCells(const LedgerRow &row, const InteractionPayload *payload) const
{
    const InteractionRow facts = reportRowOf(row, payload);
    const ExportedBodies bodies = payload ? m_exporter.exportBodies(*payload) : ExportedBodies{};
    const auto fromPayload = [payload](auto field) { return payload ? field(*payload) : QString(); };
    return {
        format::number(row.chain.seq),
        format::utcMs(row.timeMs),
        facts.interactionId,
        facts.service,
        facts.user,
        fromPayload([](const InteractionPayload &p) { return p.keyPrefix; }),
        payload ? payload->model : row.model,
        payload ? payload->route : row.route,
        fromPayload([](const InteractionPayload &p) { return p.api ? apiFlavorName(*p.api) : QString(); }),
        fromPayload([](const InteractionPayload &p) { return p.endpoint; }),
        fromPayload([](const InteractionPayload &p) { return format::flag(p.stream); }),
        facts.decision,
        fromPayload([](const InteractionPayload &p) { return strongestAt(p, false); }),
        fromPayload([](const InteractionPayload &p) { return strongestAt(p, true); }),
        format::list(facts.rules),
        format::list(facts.dataClasses),
        fromPayload([](const InteractionPayload &p) { return format::number(p.allHits().size()); }),
        facts.policyHash,
        fromPayload([](const InteractionPayload &p) { return failureModeName(p.failureMode); }),
        facts.exceptionId,
        fromPayload([](const InteractionPayload &p) { return format::list(p.exceptedRules); }),
        fromPayload([](const InteractionPayload &p) {
            return p.upstreamStatus ? format::number(*p.upstreamStatus) : QString();
        }),
        fromPayload([](const InteractionPayload &p) {
            return p.hasOutcome ? format::number(p.outcomeStatus) : QString();
        }),
        fromPayload([](const InteractionPayload &p) { return p.outcomeError; }),
        format::flag(row.chain.tombstoned),
        format::hex(row.chain.payloadDigest),
        bodies.requestReceivedDigest,
        bodies.requestForwardedDigest,
        bodies.responseReceivedDigest,
        bodies.responseReturnedDigest,
        bodies.requestText,
        bodies.responseText,
        payload ? format::number(bodies.masked) : QString(),
    };
}

Result<CsvTable> InteractionTables::writeInteractions(DecisionStats &stats, ExceptionUses &uses, GapLog &gaps)
{
    TableStream table(m_context.sink(), AuditTables::interactions());
    if (auto begun = table.begin(); !begun)
        return std::unexpected(begun.error());
    const bool raw = m_context.scope().payloads == PayloadMode::Raw;
    auto scanned = scan([&](const LedgerRow &row, const InteractionPayload *payload,
                            const QString &problem) -> Result<void> {
        if (auto written = table.row(interactionCells(row, payload)); !written)
            return written;
        const InteractionRow facts = reportRowOf(row, payload);
        stats.add(facts);
        m_context.see(facts.user, u"caller"_s);
        if (!problem.isEmpty())
            if (auto noted =
                    gaps.addInteractionGap(u"unreadable_payload"_s, row.chain.seq, row.timeMs, problem);
                !noted)
                return noted;
        if (payload && payload->failureMode == FailureMode::Open)
            if (auto noted = gaps.addInteractionGap(
                    u"fail_open"_s, row.chain.seq, row.timeMs,
                    u"decided fail-open (%1): had the evidence write failed, the response would have been "
                    "released unrecorded"_s.arg(facts.rules.isEmpty() ? u"the policy's failure mode"_s
                                                                      : format::list(facts.rules)));
                !noted)
                return noted;
        if (payload && !payload->keyPrefix.isEmpty())
            m_context.seeKey(payload->keyPrefix);
        if (payload)
            if (auto spooled = spoolRuleHits(row, *payload); !spooled)
                return spooled;
        for (const QString &id : exceptionIdsOf(row, payload)) {
            uses[id].append(ExceptionUse{row.chain.seq, row.timeMs, facts.interactionId, facts.service,
                                         facts.user, payload ? payload->model : row.model,
                                         payload ? payload->route : row.route, facts.dataClasses,
                                         payload ? detectorsOf(*payload) : QStringList{},
                                         payload ? payload->exceptedRules : QStringList{}});
        }
        // A payload changed behind the ledger's back no longer hashes to its digest. It still goes
        // to payloads.jsonl as stored: the chain pass names the break, and the auditor's
        // verify_chain.py names the seq whose payload does not match, rather than the pack hiding it.
        if (raw && !row.chain.tombstoned)
            return m_context.sink().rawPayload(
                RawPayload{row.chain.seq, row.chain.payload, row.chain.payloadDigest});
        return {};
    });
    if (!scanned)
        return std::unexpected(scanned.error());
    return table.finish();
}

Result<void> InteractionTables::spoolRuleHits(const LedgerRow &row, const InteractionPayload &payload)
{
    const QStringList lead{format::number(row.chain.seq), format::utcMs(row.timeMs), payload.interactionId,
                           payload.service};
    for (qsizetype i = 0; i < payload.decisions.size(); ++i) {
        const InteractionDecision &decision = payload.decisions.at(i);
        const QStringList about{
            format::number(i),           decisionStageName(decision.stage), decision.channel,
            actionName(decision.action), format::list(decision.rules),      payload.policyHash};
        // A rule that fired on a condition without any hit still gets its row.
        if (decision.hits.isEmpty() && !decision.rules.isEmpty())
            if (auto spooled = m_ruleHits.append(lead + about + QStringList(6, QString())); !spooled)
                return spooled;
        for (const InteractionHit &hit : decision.hits) {
            const QStringList where{hit.detector,
                                    hit.dataClass,
                                    hit.path,
                                    format::number(hit.start),
                                    format::number(hit.end),
                                    format::decimal(hit.confidence)};
            if (auto spooled = m_ruleHits.append(lead + about + where); !spooled)
                return spooled;
        }
    }
    return {};
}

Result<CsvTable> InteractionTables::writeRuleHits()
{
    TableStream table(m_context.sink(), AuditTables::ruleHits());
    if (auto begun = table.begin(); !begun)
        return std::unexpected(begun.error());
    if (auto rewound = m_ruleHits.rewind(); !rewound)
        return std::unexpected(rewound.error());
    QStringList cells;
    while (m_ruleHits.next(cells))
        if (auto written = table.row(cells); !written)
            return std::unexpected(written.error());
    if (auto read = m_ruleHits.checkAllRead(); !read)
        return std::unexpected(read.error());
    return table.finish();
}

} // namespace custos::audit
