#pragma once

#include "core/audit/AuditReport.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

// What only the risk-surface report shows (the shared figures come from core/surface's
// RiskSurface): whether the chain verifies, which rules are dead or ready to enforce, how each
// alert was resolved, weekly trends and budgets recommended from the observed 99th percentile.
// Gathered by RiskReportCollector, drawn by ui/report; plain data, so the renderer computes nothing.
namespace custos::audit {

struct RiskReportScope
{
    QString storeId;
    QString storeName;
    int days = 30;
    QDateTime from; // inclusive, UTC midnight of the first day
    QDateTime to;   // exclusive, UTC: when the report was made
    QString reportId;
    QString exportedBy;
    QString exporterRole;
    QDateTime exportedAt;
    bool pseudonymised = false;
    QString policyHash; // the active policy version at the end of the period; empty when none
    QString policyTitle;
    QString custosVersion;
};

// LedgerVerifier's verdict over the whole chain (EvidenceStore::verify).
struct IntegrityFacts
{
    bool ok = false;
    QString summary;
    qint64 eventsChecked = 0;
    qint64 headSeq = 0;
    int checkpointsChecked = 0;
    int witnessCheckpointsChecked = 0;
    qint64 projectionsChecked = 0;
    QString witnessWarning;
    QString damage; // "" when none, else damageName()
    qint64 firstBadSeq = 0;
    QString detail;
};

// One rule: of the active policy, or one that fired in the period under another version.
struct RuleActivity
{
    QString rule;
    QString mode;   // "enforce", "monitor", or "not in the active policy"
    QString action; // what the rule does (monitor mode: what it would do)
    bool inActivePolicy = false;
    qint64 fired = 0;       // interactions in the period it fired on
    qint64 wouldHave = 0;   // of them, under a version where it was monitor-only and stronger than monitor
    qint64 unvalidated = 0; // of those, firings with no validated (fingerprinted) hit of the rule's detectors
    int exceptionsRequested = 0; // requests in the period whose scope names the rule
    bool dead = false;           // in the active policy and fired on nothing in the period
    bool ready = false;          // see RiskReportFacts::readyCriterion
};

struct AlertResolution
{
    QString id;
    QString watcher;
    QString user; // pseudonymised when the report is
    QString service;
    QString valueClass;
    QString severity;
    QDateTime raisedAt;
    QString state; // open, dismissed, confirmed
    QString decidedBy;
    QDateTime decidedAt;
    QString reason;
    double statistic = 0.0;
    double threshold = 0.0;
};

// One ISO week (Monday to Sunday, UTC) clipped to the period.
struct WeekTrend
{
    QDate first; // the first day of the week inside the period
    QDate last;
    qint64 interactions = 0;
    qint64 hits = 0;           // detector hits in requests
    qint64 distinctValues = 0; // distinct fingerprints sent in the week, over all users and classes
    qint64 enforced = 0;       // blocked, redacted, rerouted or held for an exception
    qint64 wouldHave = 0;      // interactions a monitor-only rule would have enforced on
    int alerts = 0;            // alerts raised in the week
    int exceptionsRequested = 0;
};

struct BudgetRecommendation
{
    QString valueClass;
    int windowDays = 30;
    int users = 0; // users with an interaction in the period
    int p99 = 0;   // nearest-rank 99th percentile of each user's most distinct values in one window
    int maxObserved = 0;
    int recommended = 0; // p99 + 1: the budget watcher alerts at distinct >= budget
    int current = 0;     // 0: no budget for the class
};

struct ExceptionRequestRow
{
    QString id;
    QString requester; // pseudonymised when the report is
    QStringList rules;
    QString status;
    QDateTime requestedAt;
    QString decidedBy;
    int uses = 0;
};

struct RiskReportFacts
{
    static constexpr int kReadyMinFirings = 5;

    RiskReportScope scope;
    IntegrityFacts integrity;
    qint64 interactions = 0;
    QList<DayCounts> perDay;  // decisions by action per UTC day, for the chart
    QList<CountRow> byAction; // the period's interactions by their strongest action, most first
    QList<RuleActivity> rules;
    QString readyCriterion;
    QList<AlertResolution> alerts; // raised in the period, or raised before and still open
    QList<WeekTrend> weeks;
    QList<BudgetRecommendation> budgets;
    QList<ExceptionRequestRow> exceptions; // requested in the period
};

} // namespace custos::audit
