#pragma once

#include "core/surface/SurfacePeriod.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace custos {

// One UTC day of the period.
struct SurfaceDay
{
    QDate day;
    qint64 interactions = 0;
    QMap<QString, qint64> hitsByClass; // data class -> detector hits that day
};

// One data class (the policy's classes: PII, PCI, SECRET, ...) over the whole period.
struct SurfaceClass
{
    QString dataClass;
    qint64 hits = 0;         // detector hits, request and response
    qint64 interactions = 0; // interactions with at least one hit of the class
    double hitsPerThousand = 0.0;
};

// One value class (what the watchers count: "email", "credit_card", "secret", ...).
struct SurfaceValueClass
{
    QString valueClass;
    qint64 distinctValues = 0; // distinct fingerprints sent in requests
};

// A user or service ranked by the distinct values it sent.
struct SurfaceSender
{
    QString name; // the pseudonym when the surface is pseudonymised
    qint64 distinctValues = 0;
    qint64 interactions = 0;
    QMap<QString, qint64> distinctByClass; // value class -> distinct values
};

// One (provider, model, data class): interactions whose request was passed on with hits of the
// class. `redacted` of them went out with those values masked by a redact decision.
struct SurfaceRecipient
{
    QString provider; // the route's provider kind ("openai", ...), else the route's name
    QString model;
    QString dataClass;
    qint64 interactions = 0;
    qint64 redacted = 0;
};

// One monitor-mode rule: what it would have done, and to how many interactions.
struct SurfaceWouldHave
{
    QString rule;
    QString action; // "block", "require_exception", "redact", "reroute"
    qint64 interactions = 0;
};

// Exception requests made in the period and what became of them.
struct SurfaceExceptionFunnel
{
    qint64 requested = 0;
    qint64 approved = 0; // approved at some point (later revoked, expired or spent included)
    qint64 rejected = 0;
    qint64 pending = 0;
    qint64 used = 0;                       // approved and used at least once
    qint64 interactionsUnderException = 0; // interactions of the period that used any exception
};

// One alert still open (whenever it was raised).
struct SurfaceAlert
{
    QString id;
    QString watcher;
    QString user; // the pseudonym when the surface is pseudonymised
    QString valueClass;
    QString severity;
    QDateTime raised;
};

// The risk surface of one period: what the gateway saw, who sent sensitive values and where they
// went, what it decided, what monitor-mode rules would have done, the exception funnel and the
// open alerts. A plain value: RiskSurfaceQuery computes it off the UI thread; the dashboard and
// the report read it.
struct RiskSurface
{
    SurfacePeriod period;
    bool pseudonymised = false;
    qint64 interactions = 0;
    QList<SurfaceDay> days;                // every day of the period, oldest first
    QList<SurfaceClass> classes;           // most hits first
    QList<SurfaceValueClass> valueClasses; // most distinct values first
    QList<SurfaceSender> topUsers;         // most distinct values first, at most the query's topCount
    QList<SurfaceSender> topServices;
    QList<SurfaceRecipient> recipients; // by provider, model, class
    QMap<QString, qint64> decisions;    // action name -> interactions
    QList<SurfaceWouldHave> wouldHave;  // most interactions first
    qint64 wouldHaveBlocked = 0; // interactions a monitor-mode block or require_exception rule fired on
    SurfaceExceptionFunnel exceptions;
    QList<SurfaceAlert> openAlerts; // oldest first

    bool hasTraffic() const { return interactions > 0; }
    double hitsPerThousand(qint64 hits) const
    {
        return interactions ? 1000.0 * double(hits) / double(interactions) : 0.0;
    }
    QJsonObject toJson() const;
};

} // namespace custos
