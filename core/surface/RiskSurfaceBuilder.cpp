#include "core/surface/RiskSurfaceBuilder.h"

#include "core/exceptions/ExceptionRecord.h"
#include "core/policy/InteractionPayload.h"
#include "core/surface/Pseudonymiser.h"
#include "core/watch/ValueFingerprinter.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

std::optional<InteractionPayload> surfacePayloadOf(const FactRow &row)
{
    if (row.payload.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(row.payload);
    if (!document.isObject())
        return std::nullopt;
    auto payload = InteractionPayload::fromJson(document.object());
    return payload ? std::optional(std::move(*payload)) : std::nullopt;
}

bool surfaceStopped(const QString &decision)
{
    return decision == actionName(Action::Block) || decision == actionName(Action::RequireException);
}

} // namespace

RiskSurfaceBuilder::RiskSurfaceBuilder(SurfacePeriod period, WouldHaveLookup wouldHave,
                                       QHash<QString, QString> providerOfRoute)
    : m_period(std::move(period))
    , m_wouldHave(std::move(wouldHave))
    , m_providerOfRoute(std::move(providerOfRoute))
{
    m_surface.period = m_period;
    for (int i = 0; i < m_period.dayCount(); ++i)
        m_surface.days.append(SurfaceDay{m_period.firstDay().addDays(i), 0, {}});
}

void RiskSurfaceBuilder::addInteraction(const FactRow &row)
{
    const int dayIndex = m_period.dayIndex(row.timeMs);
    if (dayIndex < 0)
        return;
    ++m_surface.interactions;
    ++m_surface.days[dayIndex].interactions;
    ++m_surface.decisions[row.decision];
    ++m_users[row.user].interactions;
    ++m_services[row.service].interactions;
    if (!row.exceptionId.isEmpty())
        ++m_surface.exceptions.interactionsUnderException;
    countWouldHave(row);
    if (row.dataClasses.isEmpty())
        return;
    const auto payload = surfacePayloadOf(row);
    if (!payload) {
        countFromFacts(dayIndex, row);
        return;
    }
    QSet<QString> classesSeen;
    countHits(dayIndex, *payload, classesSeen);
    for (const QString &dataClass : std::as_const(classesSeen))
        ++m_classInteractions[dataClass];
    countValues(row, *payload);
    countRecipients(row, *payload);
}

void RiskSurfaceBuilder::countHits(int dayIndex, const InteractionPayload &payload,
                                   QSet<QString> &classesSeen)
{
    for (const InteractionDecision &decision : payload.decisions) {
        for (const InteractionHit &hit : decision.hits) {
            ++m_classHits[hit.dataClass];
            ++m_surface.days[dayIndex].hitsByClass[hit.dataClass];
            classesSeen.insert(hit.dataClass);
        }
    }
}

// Only what the caller sent out carries fingerprints (the gateway fingerprints request hits).
void RiskSurfaceBuilder::countValues(const FactRow &row, const InteractionPayload &payload)
{
    for (const InteractionDecision &decision : payload.decisions) {
        if (decision.isResponse())
            continue;
        for (const InteractionHit &hit : decision.hits) {
            if (hit.fingerprint.isEmpty())
                continue;
            const QString valueClass = ValueFingerprinter::valueClassOf(hit.detector, hit.dataClass);
            m_classValues[valueClass].insert(hit.fingerprint);
            m_users[row.user].values[valueClass].insert(hit.fingerprint);
            m_services[row.service].values[valueClass].insert(hit.fingerprint);
        }
    }
}

void RiskSurfaceBuilder::countRecipients(const FactRow &row, const InteractionPayload &payload)
{
    if (!payload.wasForwarded())
        return;
    for (const InteractionDecision &decision : payload.decisions) {
        if (decision.isResponse())
            continue;
        QSet<QString> classes;
        for (const InteractionHit &hit : decision.hits)
            classes.insert(hit.dataClass);
        for (const QString &dataClass : std::as_const(classes))
            addRecipient(row, dataClass, decision.action == Action::Redact);
    }
}

void RiskSurfaceBuilder::countFromFacts(int dayIndex, const FactRow &row)
{
    for (const QString &dataClass : row.dataClasses) {
        ++m_classHits[dataClass];
        ++m_classInteractions[dataClass];
        ++m_surface.days[dayIndex].hitsByClass[dataClass];
        if (!surfaceStopped(row.decision))
            addRecipient(row, dataClass, row.decision == actionName(Action::Redact));
    }
}

void RiskSurfaceBuilder::addRecipient(const FactRow &row, const QString &dataClass, bool redacted)
{
    const QString provider = m_providerOfRoute.value(row.route, row.route);
    Recipient &recipient = m_recipients[{provider, row.model, dataClass}];
    ++recipient.interactions;
    if (redacted)
        ++recipient.redacted;
}

void RiskSurfaceBuilder::countWouldHave(const FactRow &row)
{
    bool wouldBlock = false;
    for (const QString &rule : row.rules) {
        const std::optional<Action> action = m_wouldHave ? m_wouldHave(row.policyHash, rule) : std::nullopt;
        if (!action)
            continue;
        ++m_wouldHaveCounts[{rule, actionName(*action)}];
        wouldBlock = wouldBlock || *action == Action::Block || *action == Action::RequireException;
    }
    if (wouldBlock)
        ++m_surface.wouldHaveBlocked;
}

void RiskSurfaceBuilder::addException(const ExceptionRecord &record)
{
    if (!m_period.contains(record.requestedAt))
        return;
    SurfaceExceptionFunnel &funnel = m_surface.exceptions;
    ++funnel.requested;
    if (record.status == ExceptionStatus::Pending)
        ++funnel.pending;
    else if (record.status == ExceptionStatus::Rejected)
        ++funnel.rejected;
    else if (!record.decidedBy.isEmpty())
        ++funnel.approved;
    if (record.useCount > 0)
        ++funnel.used;
}

void RiskSurfaceBuilder::addOpenAlert(const SurfaceAlert &alert)
{
    m_surface.openAlerts.append(alert);
}

QList<SurfaceSender> RiskSurfaceBuilder::ranked(const QHash<QString, Sender> &senders, int topCount,
                                                const std::function<QString(const QString &)> &nameOf)
{
    QList<SurfaceSender> all;
    for (auto it = senders.cbegin(); it != senders.cend(); ++it) {
        SurfaceSender sender{it.key(), 0, it->interactions, {}};
        for (auto values = it->values.cbegin(); values != it->values.cend(); ++values) {
            sender.distinctByClass.insert(values.key(), values->size());
            sender.distinctValues += values->size();
        }
        if (sender.distinctValues > 0)
            all.append(sender);
    }
    // Ranked by the real names' order on ties, so pseudonymising never reorders the list.
    std::ranges::sort(all, [](const SurfaceSender &a, const SurfaceSender &b) {
        return a.distinctValues != b.distinctValues ? a.distinctValues > b.distinctValues : a.name < b.name;
    });
    all = all.mid(0, std::max(0, topCount));
    for (SurfaceSender &sender : all)
        sender.name = nameOf(sender.name);
    return all;
}

RiskSurface RiskSurfaceBuilder::finish(int topCount, const Pseudonymiser *pseudonymiser) const
{
    RiskSurface surface = m_surface;
    surface.pseudonymised = pseudonymiser != nullptr;
    for (auto it = m_classHits.cbegin(); it != m_classHits.cend(); ++it)
        surface.classes.append(
            {it.key(), *it, m_classInteractions.value(it.key()), surface.hitsPerThousand(*it)});
    std::ranges::sort(surface.classes, [](const SurfaceClass &a, const SurfaceClass &b) {
        return a.hits != b.hits ? a.hits > b.hits : a.dataClass < b.dataClass;
    });
    for (auto it = m_classValues.cbegin(); it != m_classValues.cend(); ++it)
        surface.valueClasses.append({it.key(), it->size()});
    std::ranges::sort(surface.valueClasses, [](const SurfaceValueClass &a, const SurfaceValueClass &b) {
        return a.distinctValues != b.distinctValues ? a.distinctValues > b.distinctValues
                                                    : a.valueClass < b.valueClass;
    });
    std::function<QString(const QString &)> userName = [](const QString &name) { return name; };
    std::function<QString(const QString &)> serviceName = userName;
    if (pseudonymiser) {
        userName = [pseudonymiser](const QString &name) { return pseudonymiser->user(name); };
        serviceName = [pseudonymiser](const QString &name) { return pseudonymiser->service(name); };
    }
    surface.topUsers = ranked(m_users, topCount, userName);
    surface.topServices = ranked(m_services, topCount, serviceName);
    for (auto it = m_recipients.cbegin(); it != m_recipients.cend(); ++it) {
        const auto &[provider, model, dataClass] = it.key();
        surface.recipients.append({provider, model, dataClass, it->interactions, it->redacted});
    }
    for (auto it = m_wouldHaveCounts.cbegin(); it != m_wouldHaveCounts.cend(); ++it)
        surface.wouldHave.append({it.key().first, it.key().second, *it});
    std::ranges::stable_sort(surface.wouldHave, [](const SurfaceWouldHave &a, const SurfaceWouldHave &b) {
        return a.interactions > b.interactions;
    });
    for (SurfaceAlert &alert : surface.openAlerts)
        alert.user = userName(alert.user);
    return surface;
}

} // namespace custos
