#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace custos {

// One gateway decision as the live feed shows it. Plain data: the feed copies it once, on enqueue.
struct FeedEntry
{
    qint64 seq = 0; // the ledger sequence number; increases with time
    QDateTime time;
    QString service;
    QString user;
    QString model;
    QString route;
    QString decision; // the action name as the policy spells it: allow, redact, block, ...
    QStringList rules;
    double latencyMs = 0.0;
    QString interactionId;
};

} // namespace custos

Q_DECLARE_METATYPE(custos::FeedEntry)
