#pragma once

#include "core/policy/WatchSettings.h"
#include "core/watch/ValueHistory.h"
#include "core/watch/WatchAlert.h"
#include "core/watch/WatchObservation.h"

#include <QHash>
#include <QString>

#include <map>
#include <set>

namespace custos {

// Where one (user, value class) stands, for `custosctl watch status` and the alert views.
struct WatchStatus
{
    bool known = false;
    bool warmingUp = true;
    int activeDays = 0; // the user's active days in the baseline window
    double cusum = 0.0;
    QList<int> windowCounts; // distinct values over 1, 7, 30 and 42 days
    QString openAlertId;
};

// The slow-exfiltration watchers over a stream of observations in ledger order: the novel-values
// CUSUM, evaluated as each UTC day closes, and the hard budgets, checked as each value arrives.
// State is per-day aggregates (ValueHistory), updated incrementally; nothing is rescanned. The
// clock is the observations' own (and advanceTo()), so the live service, a rebuild from the ledger
// and `custosctl watch simulate` run this same code and, given the same events, raise the same
// alerts.
class WatchEngine
{
public:
    static constexpr qint64 kDayMs = 86'400'000;
    static int dayOf(qint64 timeMs);
    static const QList<int> &windowDays(); // 1, 7, 30, 42

    explicit WatchEngine(WatchSettings settings = {}, QString policyHash = {});
    void setPolicy(const WatchSettings &settings, const QString &policyHash);

    // Closes the days before the observation's, then counts it (which may break a budget).
    QList<WatchAlert> observe(const WatchObservation &observation);
    // Closes every day before the one `timeMs` falls on: the day-close evaluation.
    QList<WatchAlert> advanceTo(qint64 timeMs);
    // A person's verdict on an open alert (after advanceTo(its time)). A dismissal feeds the
    // alert's days back into the baseline and re-arms the watcher; a confirmation keeps them out.
    // False when no open alert has that id.
    bool dismiss(const QString &alertId);
    bool confirm(const QString &alertId);

    WatchStatus status(const QString &user, const QString &valueClass) const;
    const WatchSettings &settings() const { return m_settings; }
    qint64 observed() const { return m_observed; }
    int openDay() const { return m_openDay; }

private:
    struct UserState
    {
        QString service;
        std::set<int> activeDays;
        QHash<QString, ValueHistory> classes;
    };

    // One (user, value class) at a day's close, with its baseline history (the novel counts of the
    // user's active days in the window, alert days left out).
    struct PairDay
    {
        QString user;
        UserState *state = nullptr;
        QString valueClass;
        ValueHistory *values = nullptr;
        bool warming = true;
        QList<int> history;
    };

    // Evaluates the users active on `day`; the peer median of a (service, class) is taken over the
    // service's users active that day and past warming up (those without the class count as zero).
    void closeDay(int day, QList<WatchAlert> &alerts);
    void evaluateNovelty(PairDay &pair, int day, double peerMedian, QList<WatchAlert> &alerts);
    void checkBudget(const QString &user, const UserState &state, const QString &valueClass,
                     ValueHistory &history, const WatchObservation &observation, QList<WatchAlert> &alerts);
    int activeDaysBefore(const UserState &state, int day) const;
    QList<int> historyOf(const UserState &state, const ValueHistory &history, int day) const;
    WatchAlert newAlert(const QString &user, const UserState &state, const QString &valueClass,
                        ValueHistory &history, int day) const;
    bool resolve(const QString &alertId, bool dismissed);
    int budgetOf(const QString &valueClass, int *windowDays) const;
    void forgetBefore(int day);

    WatchSettings m_settings;
    QString m_policyHash;
    QHash<QString, UserState> m_users;
    std::map<int, QSet<QString>> m_activeUsers; // open (not yet closed) day -> users active on it
    QHash<QString, std::pair<QString, QString>> m_openAlerts; // id -> (user, value class)
    int m_openDay = std::numeric_limits<int>::min();
    qint64 m_observed = 0;
};

} // namespace custos
