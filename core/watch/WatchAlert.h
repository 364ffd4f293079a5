#pragma once

#include "core/common/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace custos {

// One alert a watcher raised, as the payload of an `alert` ledger event (action "raised"). The id
// is derived from (user, value class, the how-many-th alert of that pair), so a rebuild from the
// ledger gives the same ids, and the service records an alert only once.
struct WatchAlert
{
    static constexpr int kWatcherVersion = 1;

    QString id;
    QString watcher; // "novel_values", "budget"
    int watcherVersion = kWatcherVersion;
    QString user;
    QString service;
    QString valueClass;
    QString severity;       // "warning" (CUSUM), "high" (budget)
    QDate day;              // the UTC day it was evaluated on
    qint64 timeMs = 0;      // the evaluation's clock: the day's close, or the value that broke the budget
    double statistic = 0.0; // the CUSUM, or the distinct count
    double threshold = 0.0;
    double baseline = 0.0; // novel values a day expected (CUSUM); the budget's window (budget)
    double dispersion = 1.0;
    int novelToday = 0;
    QList<int> windowCounts;    // distinct values over 1, 7, 30 and 42 days
    QList<qint64> contributing; // the interactions' seqs
    QList<qint64> covered;      // those of them an exception covered
    QString policyHash;
    // The drift watchers' (DriftService): what the alert is about besides the class (a rule, for
    // the rule watchers) and the test's figures; both left out of the JSON when empty.
    QString subject;
    QJsonObject detail;

    QJsonObject toJson() const;
    static Result<WatchAlert> fromJson(const QJsonObject &json);
    // The simulate output line: time, watcher, user, class, severity, statistic, threshold,
    // contributing.
    QJsonObject toSimulationJson() const;
    static QString idFor(const QString &user, const QString &valueClass, int ordinal);
};

} // namespace custos
