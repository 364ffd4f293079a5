#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// What the audit pack's report.pdf shows, gathered by core/audit from the ledger (AuditCollector)
// and drawn by the report library (ui/report, the only part that links QtGui). Plain data: the
// renderer computes nothing about the evidence, so the PDF and the CSVs cannot disagree.
namespace custos::audit {

struct ReportScope
{
    QString storeId;      // the store's id from its meta table
    QString storeName;    // the store file's base name
    QStringList services; // empty: every service
    QDateTime from;       // inclusive, UTC
    QDateTime to;         // exclusive, UTC
    QString packId;
    QString packFingerprint;      // hex SHA-256, see AuditPackWriter: over the evidence files' sums
    QString exportKeyFingerprint; // hex SHA-256 of the export public key's raw 32 bytes
    QString checkpointKeyFingerprint;
    QString payloadMode; // digests, redacted or raw
    QString exportedBy;
    QString exporterRole;
    QDateTime exportedAt;
    QString custosVersion;
};

// The verdict box: each line is one check, ok or not, with its detail.
struct VerdictLine
{
    QString check; // "Chain verified", "Checkpoints valid", ...
    bool ok = true;
    QString detail; // "12/12", "break at seq 4711: ...", "none detected"
};

struct PolicyVersionRow
{
    QString hash;
    QString title;
    QString publisher;
    QString comment;
    QDateTime effectiveFrom;
    QDateTime effectiveTo; // invalid: still in force
    qint64 decisions = 0;  // interactions in scope decided under this version
};

struct CountRow
{
    QString label; // an action, a rule, or "action @ version"
    qint64 count = 0;
};

struct DayCounts
{
    QDate day;                      // UTC
    QMap<QString, qint64> byAction; // allow, monitor, redact, reroute, require_exception, block
};

struct ExceptionApproval
{
    QString approver;
    QString decision; // approved, rejected, revoked, expired, used, refused
    QDateTime at;
    QString note;
};

struct ExceptionRow
{
    QString id;
    QString requester;
    QString justification;
    QString scope; // the granted scope in words (rules, services, users, models)
    QString status;
    QDateTime requestedAt;
    QDateTime expiresAt;
    QList<ExceptionApproval> events; // every step, oldest first
    bool fourEyesOk = true;          // decided by someone other than the requester
    int uses = 0;
    QStringList anomalies; // "use after expiry (seq 812)", "self-approval attempt by bob", ...
};

struct InteractionRow
{
    qint64 seq = 0;
    QDateTime time;
    QString interactionId;
    QString service;
    QString user;
    QString decision;
    QStringList rules;
    QStringList dataClasses;
    QString policyHash;
    QString exceptionId;
};

struct ChainSummary
{
    qint64 firstSeq = 0; // first and last event of the period (0 when empty)
    qint64 lastSeq = 0;
    qint64 eventsInPeriod = 0;
    QString checkpointBefore; // "seq 100 at 2026-11-01T00:00:00Z, hash ab12..."; empty when none
    QString checkpointAfter;
    QString recomputedHead; // hex hash at the last checkpoint covering the period
    QString signedHead;
    bool headsMatch = false;
};

struct RetentionRow
{
    QString item; // "Oldest event", "Retention rule", "Legal hold #3", "Payloads dropped"
    QString detail;
};

struct GapRow
{
    QString kind; // logging_failure, fail_open, clock_step, chain_gap
    qint64 seq = 0;
    QDateTime time;
    QString detail;
};

struct ColumnDoc
{
    QString file;   // interactions.csv
    QString column; // seq
    QString meaning;
};

struct AuditReport
{
    ReportScope scope;
    QList<VerdictLine> verdict;
    QList<PolicyVersionRow> policyVersions;
    QList<CountRow> byAction;
    QList<CountRow> byActionAndVersion;
    QList<CountRow> byRule;
    QList<DayCounts> perDay;
    QList<ExceptionRow> exceptions;
    // Blocked, redacted and rerouted interactions: all of them up to 500; else the 200 most recent
    // plus a stratified sample, and sampled says so.
    QList<InteractionRow> enforced;
    qint64 enforcedTotal = 0;
    bool enforcedSampled = false;
    ChainSummary chain;
    QList<RetentionRow> retention;
    QList<GapRow> gaps; // empty: the PDF says "none detected"
    QList<ColumnDoc> columns;
    QMap<QString, qint64> csvRowCounts; // file -> data rows, so the PDF can state them
};

} // namespace custos::audit
