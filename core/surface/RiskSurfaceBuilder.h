#pragma once

#include "core/evidence/EvidenceBackend.h"
#include "core/policy/PolicyTypes.h"
#include "core/surface/RiskSurface.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace custos {

struct ExceptionRecord;
struct InteractionPayload;
class Pseudonymiser;

// Folds the rows of one period into a RiskSurface: the query tables' facts of every interaction,
// the payload (hits and fingerprints) of those whose facts name a data class, the exception
// records and the open alerts. Pure computation, no store: RiskSurfaceQuery feeds it.
class RiskSurfaceBuilder
{
public:
    // What a rule of a policy version would have done in monitor mode (MonitorRules::wouldHave).
    using WouldHaveLookup =
        std::function<std::optional<Action>(const QString &policyHash, const QString &rule)>;

    RiskSurfaceBuilder(SurfacePeriod period, WouldHaveLookup wouldHave,
                       QHash<QString, QString> providerOfRoute);

    // One interaction; rows outside the period are ignored. A payload that is missing (tombstoned)
    // or unreadable falls back to the facts: one hit per named class, no fingerprints.
    void addInteraction(const FactRow &row);
    // One exception request; those requested outside the period are ignored.
    void addException(const ExceptionRecord &record);
    void addOpenAlert(const SurfaceAlert &alert);

    // The surface, with at most `topCount` users and services, names replaced by pseudonyms
    // when `pseudonymiser` is given.
    RiskSurface finish(int topCount, const Pseudonymiser *pseudonymiser) const;

private:
    struct Sender
    {
        qint64 interactions = 0;
        QHash<QString, QSet<QString>> values; // value class -> fingerprints
    };
    struct Recipient
    {
        qint64 interactions = 0;
        qint64 redacted = 0;
    };
    using RecipientKey = std::tuple<QString, QString, QString>; // provider, model, data class

    void countHits(int dayIndex, const InteractionPayload &payload, QSet<QString> &classesSeen);
    void countValues(const FactRow &row, const InteractionPayload &payload);
    void countRecipients(const FactRow &row, const InteractionPayload &payload);
    void countFromFacts(int dayIndex, const FactRow &row);
    void countWouldHave(const FactRow &row);
    void addRecipient(const FactRow &row, const QString &dataClass, bool redacted);
    static QList<SurfaceSender> ranked(const QHash<QString, Sender> &senders, int topCount,
                                       const std::function<QString(const QString &)> &nameOf);

    SurfacePeriod m_period;
    WouldHaveLookup m_wouldHave;
    QHash<QString, QString> m_providerOfRoute;
    RiskSurface m_surface;
    QHash<QString, qint64> m_classHits;
    QHash<QString, qint64> m_classInteractions;
    QHash<QString, QSet<QString>> m_classValues; // value class -> fingerprints
    QHash<QString, Sender> m_users;
    QHash<QString, Sender> m_services;
    QMap<RecipientKey, Recipient> m_recipients;
    QMap<std::pair<QString, QString>, qint64> m_wouldHaveCounts; // (rule, action) -> interactions
};

} // namespace custos
