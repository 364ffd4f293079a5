#include "core/watch/DriftFacts.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace custos {

namespace {

// Findings by key in first-sighting order, so each pair is reported once with all its week's seqs.
class FindingsByKey
{
public:
    DriftFinding &at(const QString &key, const std::function<DriftFinding()> &make)
    {
        const auto it = m_index.constFind(key);
        if (it != m_index.cend())
            return m_findings[*it];
        m_index.insert(key, m_findings.size());
        m_findings.append(make());
        return m_findings.last();
    }
    QList<DriftFinding> take() { return std::move(m_findings); }

private:
    QHash<QString, qsizetype> m_index;
    QList<DriftFinding> m_findings;
};

DriftFinding fact(const QString &watcher, const QString &test, const QString &severity)
{
    DriftFinding finding;
    finding.watcher = watcher;
    finding.test = test;
    finding.severity = severity;
    finding.outcome = DriftFinding::Outcome::Alert;
    return finding;
}

} // namespace

DriftFacts::DriftFacts(DriftSettings settings)
    : m_settings(std::move(settings))
{}

QList<DriftFinding> DriftFacts::evaluate(const DriftWindow &window) const
{
    QList<DriftFinding> out;
    firstSeen(window, out);
    providerClasses(window, out);
    deadRules(window, out);
    return out;
}

void DriftFacts::firstSeen(const DriftWindow &window, QList<DriftFinding> &out) const
{
    const DriftHistory &history = window.history;
    FindingsByKey found;
    QSet<QString> warmingServices;
    for (const DriftObservation &observation : window.judged) {
        const bool serviceKnown =
            history.interactionsOfService(observation.service) >= m_settings.minInteractions;
        const bool userKnown = !observation.user.isEmpty() &&
                               history.interactionsOfUser(observation.user) >= m_settings.minEvents;
        for (const QString &valueClass : observation.classes) {
            if (!history.serviceSent(observation.service, valueClass)) {
                if (!serviceKnown) {
                    warmingServices.insert(observation.service);
                } else {
                    DriftFinding &finding =
                        found.at(u"s\n"_s + DriftHistory::pairKey(observation.service, valueClass), [&] {
                            DriftFinding made = fact(u"drift.first_seen"_s, u"first seen"_s, u"warning"_s);
                            made.service = observation.service;
                            made.valueClass = valueClass;
                            made.note = u"the service's first %1 in %2 interactions"_s.arg(valueClass)
                                            .arg(history.interactionsOfService(observation.service));
                            return made;
                        });
                    finding.addContributing(observation.seq);
                }
            }
            if (userKnown && !history.userSent(observation.user, valueClass)) {
                DriftFinding &finding =
                    found.at(u"u\n"_s + DriftHistory::pairKey(observation.user, valueClass), [&] {
                        DriftFinding made = fact(u"drift.first_seen"_s, u"first seen"_s, u"warning"_s);
                        made.service = observation.service;
                        made.user = observation.user;
                        made.valueClass = valueClass;
                        made.note = u"the user's first %1 in %2 interactions"_s.arg(valueClass)
                                        .arg(history.interactionsOfUser(observation.user));
                        return made;
                    });
                finding.addContributing(observation.seq);
            }
        }
    }
    QList<DriftFinding> findings = found.take();
    for (DriftFinding &finding : findings)
        finding.observed = double(finding.contributingTotal);
    out.append(findings);
    QStringList warming(warmingServices.cbegin(), warmingServices.cend());
    std::ranges::sort(warming);
    for (const QString &service : std::as_const(warming)) {
        DriftFinding finding;
        finding.watcher = u"drift.first_seen"_s;
        finding.service = service;
        finding.outcome = DriftFinding::Outcome::NotEnoughTraffic;
        finding.note = u"%1 interactions before the week; %2 needed to call a class new"_s
                           .arg(history.interactionsOfService(service))
                           .arg(m_settings.minInteractions);
        out.append(finding);
    }
}

void DriftFacts::providerClasses(const DriftWindow &window, QList<DriftFinding> &out) const
{
    const DriftHistory &history = window.history;
    if (history.interactions() < m_settings.minInteractions) {
        DriftFinding finding;
        finding.watcher = u"drift.provider_class"_s;
        finding.outcome = DriftFinding::Outcome::NotEnoughTraffic;
        finding.note = u"%1 interactions before the week; %2 needed"_s.arg(history.interactions())
                           .arg(m_settings.minInteractions);
        out.append(finding);
        return;
    }
    FindingsByKey found;
    for (const DriftObservation &observation : window.judged) {
        if (!observation.reachedProvider || observation.route.isEmpty())
            continue;
        for (const QString &valueClass : observation.classes) {
            if (history.routeReceived(observation.route, valueClass))
                continue;
            DriftFinding &finding = found.at(DriftHistory::pairKey(observation.route, valueClass), [&] {
                DriftFinding made = fact(u"drift.provider_class"_s, u"first seen"_s, u"high"_s);
                made.subject = observation.route;
                made.valueClass = valueClass;
                made.note = u"route %1 received %2 for the first time"_s.arg(observation.route, valueClass);
                return made;
            });
            finding.addContributing(observation.seq);
        }
    }
    QList<DriftFinding> findings = found.take();
    for (DriftFinding &finding : findings)
        finding.observed = double(finding.contributingTotal);
    out.append(findings);
}

void DriftFacts::deadRules(const DriftWindow &window, QList<DriftFinding> &out) const
{
    if (window.rulesInForce.isEmpty())
        return;
    if (window.deadWindowInteractions < m_settings.minInteractions) {
        DriftFinding finding;
        finding.watcher = u"drift.dead_rule"_s;
        finding.outcome = DriftFinding::Outcome::NotEnoughTraffic;
        finding.note = u"%1 interactions in the last %2 days; %3 needed"_s.arg(window.deadWindowInteractions)
                           .arg(m_settings.deadRuleDays)
                           .arg(m_settings.minInteractions);
        out.append(finding);
        return;
    }
    DriftHistory fired = window.history; // with the judged week's fires
    for (const DriftObservation &observation : window.judged)
        for (const QString &rule : observation.rules)
            fired.noteFired(rule, observation.timeMs);
    for (const QString &rule : window.rulesInForce) {
        const auto last = fired.lastFired(rule);
        if (last && *last >= window.deadWindowStartMs)
            continue;
        DriftFinding finding = fact(u"drift.dead_rule"_s, u"dead rule"_s, u"info"_s);
        finding.subject = rule;
        finding.observed = 0.0;
        finding.windowCounts = {
            0, int(std::min<qint64>(window.deadWindowInteractions, std::numeric_limits<int>::max()))};
        finding.note = last ? u"last fired %1"_s.arg(
                                  QDateTime::fromMSecsSinceEpoch(*last, QTimeZone::UTC).toString(Qt::ISODate))
                            : u"never fired"_s;
        out.append(finding);
    }
}

} // namespace custos
