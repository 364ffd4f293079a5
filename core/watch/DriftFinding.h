#pragma once

#include "core/watch/WatchAlert.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace custos {

// What one drift watcher found for one (service, class), (user, class), (route, class) or rule in one
// week: a test and its p-value, an alert, or "not enough traffic".
struct DriftFinding
{
    enum class Outcome { Quiet, Alert, NotEnoughTraffic };

    QString watcher; // "drift.hit_rate", "drift.class_mix", ...
    QString service;
    QString valueClass;
    QString subject; // the rule (rule watchers) or route (provider watcher)
    QString user;
    Outcome outcome = Outcome::Quiet;
    QString test;          // "conditional binomial", "chi-square", "mann-whitney", "first seen", "dead rule"
    bool inFamily = false; // a p-value in the week's Holm family (not the first-seen and dead-rule facts)
    double pValue = 1.0;
    double adjustedP = 1.0;
    double statistic = 0.0;  // the test's own: rate ratio, chi-square, z
    double observed = 0.0;   // the judged week's rate, median or count
    double baseline = 0.0;   // the baseline's
    QList<int> windowCounts; // judged events, judged exposure, baseline events, baseline exposure
    QList<qint64> contributing;
    qint64 contributingTotal = 0; // before the cap on contributing
    QString severity = QStringLiteral("warning");
    QString note; // why there was not enough traffic, or what is new

    static constexpr int kContributingCap = 200;
    static QString outcomeName(Outcome outcome); // "quiet", "alert", "not_enough_traffic"
    // The alert (watcher version 1): statistic is the Holm-adjusted p-value and threshold alpha for the
    // tests; the count against 0 for the facts. The id is derived from the watcher, its subject and the
    // week, so evaluating a week again raises the same ids.
    WatchAlert toAlert(const QDate &weekEnding, double alpha, const QString &policyHash,
                       const QJsonObject &replay) const;
    QString key() const; // (watcher, service, class, subject, user): at most one open alert each
    QJsonObject toJson() const;
    void addContributing(qint64 seq);
};

} // namespace custos
