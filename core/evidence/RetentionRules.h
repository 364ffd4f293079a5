#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace custos {

// How long payloads are kept. The effective period of an event is its service's period (or the
// default), shortened by any of its data classes that has a shorter one. 0 days: keep forever.
struct RetentionRules
{
    int defaultDays = 0;
    QMap<QString, int> serviceDays;
    QMap<QString, int> dataClassDays;

    // Days an event with this service and these classes is kept; 0 = forever.
    int daysFor(const QString &service, const QStringList &dataClasses) const;
    // The shortest period any event can have (0 when nothing ever expires): a lower bound for scans.
    int shortestDays() const;
};

enum class HoldScope { Service, User, Case };
QString holdScopeName(HoldScope scope);
std::optional<HoldScope> holdScopeFromName(QStringView name);

// A legal hold stops purges and erasure of the events it covers.
struct LegalHold
{
    qint64 id = 0;
    HoldScope scope = HoldScope::Case;
    QString value; // the service, user or case id
    QString reason;
    QString actor;
    QDateTime created;
    QDateTime released; // invalid while active
    QString releasedBy;

    bool active() const { return !released.isValid(); }
    bool covers(const QString &service, const QString &user, const QString &caseId) const;
};

// What a purge or erasure did.
struct RetentionReport
{
    qint64 tombstoned = 0;
    qint64 keptByHold = 0;
    qint64 retentionEventSeq = 0; // the Retention event that records this run
};

} // namespace custos
