#pragma once

// Shared by the audit tests: a sink that keeps the streamed tables in memory, and a real SQLCipher
// store seeded through the real services (users, published policies, the exception path,
// retention, holds) with interactions written as InteractionPayload::toJson, in three phases:
// before the period, inside it and after it, each closed by a signed checkpoint.

#include "core/audit/AuditCollector.h"
#include "core/evidence/EvidenceStore.h"
#include "core/exceptions/ExceptionService.h"
#include "core/identity/UserService.h"
#include "core/policy/InteractionPayload.h"
#include "core/publishing/PolicyVersions.h"

#include <QJsonArray>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace custos::audittest {

using namespace custos;
using namespace custos::audit;

inline KeySource storeKey()
{
    return KeySource::rawKey(
        QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
}

// Checkpoints only where a test writes them, so the anchor and closing checkpoints are known.
inline EvidenceStore::Options quietOptions()
{
    EvidenceStore::Options options;
    options.writer.checkpointEvery = 1'000'000;
    options.writer.checkpointInterval = std::chrono::hours(24);
    return options;
}

inline const QString blockedAwsKey = QStringLiteral("AKIAQWERTYUIOPASDFGH");
inline const QString hyperlinkJustification =
    QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"launch brief\") must reach the model");

// Keeps every table the collector streams, and checks the order of the calls as it goes.
class MemorySink final : public TableSink
{
public:
    Result<void> beginTable(const CsvTable &table) override
    {
        if (!m_open.isEmpty())
            return fail(QStringLiteral("beginTable(%1) while %2 is open").arg(table.fileName, m_open));
        m_open = table.fileName;
        order.append(table.fileName);
        headers.insert(table.fileName, table);
        rows[table.fileName];
        return {};
    }
    Result<void> row(const QStringList &cells) override
    {
        if (m_open.isEmpty())
            return fail(QStringLiteral("a row outside any table"));
        rows[m_open].append(cells);
        return {};
    }
    Result<void> endTable() override
    {
        if (m_open.isEmpty())
            return fail(QStringLiteral("endTable without a table"));
        m_open.clear();
        return {};
    }
    Result<void> rawPayload(const RawPayload &payload) override
    {
        raw.append(payload);
        return {};
    }

    // The cells of `column` in `file`.
    QStringList column(const QString &file, const QString &name) const
    {
        const auto &columns = headers.value(file).columns;
        qsizetype index = -1;
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (columns.at(i).name == name)
                index = i;
        QStringList cells;
        if (index < 0)
            return cells;
        for (const QStringList &row : rows.value(file))
            cells.append(row.value(index));
        return cells;
    }
    // The rows of `file` whose `column` equals `value`, as name -> cell maps.
    QList<QMap<QString, QString>> where(const QString &file, const QString &name, const QString &value) const
    {
        QList<QMap<QString, QString>> found;
        const auto &columns = headers.value(file).columns;
        for (const QStringList &row : rows.value(file)) {
            QMap<QString, QString> named;
            for (qsizetype i = 0; i < columns.size(); ++i)
                named.insert(columns.at(i).name, row.value(i));
            if (named.value(name) == value)
                found.append(named);
        }
        return found;
    }
    bool anyCellContains(const QString &needle) const
    {
        for (const auto &table : rows)
            for (const QStringList &row : table)
                for (const QString &cell : row)
                    if (cell.contains(needle))
                        return true;
        return false;
    }

    QStringList order;
    QMap<QString, CsvTable> headers;
    QMap<QString, QList<QStringList>> rows;
    QList<RawPayload> raw;

private:
    QString m_open;
};

// Every text of a report, for "does this secret appear anywhere" checks.
inline QStringList reportTexts(const AuditReport &report)
{
    QStringList texts;
    for (const VerdictLine &line : report.verdict)
        texts << line.check << line.detail;
    for (const PolicyVersionRow &row : report.policyVersions)
        texts << row.hash << row.title << row.publisher << row.comment;
    for (const CountRow &row : report.byAction + report.byActionAndVersion + report.byRule)
        texts << row.label;
    for (const ExceptionRow &row : report.exceptions) {
        texts << row.id << row.requester << row.justification << row.scope << row.status << row.anomalies;
        for (const ExceptionApproval &event : row.events)
            texts << event.approver << event.decision << event.note;
    }
    for (const InteractionRow &row : report.enforced)
        texts << row.interactionId << row.service << row.user << row.decision << row.rules << row.dataClasses
              << row.policyHash << row.exceptionId;
    texts << report.chain.checkpointBefore << report.chain.checkpointAfter << report.chain.recomputedHead;
    for (const RetentionRow &row : report.retention)
        texts << row.item << row.detail;
    for (const GapRow &row : report.gaps)
        texts << row.kind << row.detail;
    for (const ColumnDoc &doc : report.columns)
        texts << doc.file << doc.column << doc.meaning;
    return texts;
}

inline QJsonObject chatRequest(const QString &text)
{
    return QJsonObject{
        {QStringLiteral("model"), QStringLiteral("gpt-test")},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), text}}}}};
}

inline QJsonObject chatResponse(const QString &text)
{
    return QJsonObject{
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{
             {QStringLiteral("index"), 0},
             {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                     {QStringLiteral("content"), text}}}}}}};
}

// What the seed wrote, for the tests to check the collector against.
struct SeededLedger
{
    QDateTime from;
    QDateTime to;
    int interactionsInPeriod = 0;
    int supportInteractionsInPeriod = 0;
    int ruleHitRowsInPeriod = 0;
    int enforcedInPeriod = 0;
    qint64 blockedSeq = 0;
    qint64 anchorSeq = 0;
    qint64 closingSeq = 0;
    QString usedException;
    QString expiredException;
    QString selfApprovalException;
    QString revokedException;
    QString policyV1;
    QString policyV2;
};

class LedgerSeeder
{
public:
    explicit LedgerSeeder(EvidenceStore &store)
        : m_store(store)
    {}

    bool seed(SeededLedger &out);
    const QString &error() const { return m_error; }

private:
    bool fail(const QString &what)
    {
        m_error = what;
        return false;
    }
    bool addUsers();
    bool publish(const QString &file, const QString &comment, QString &hash);
    qint64 record(const InteractionPayload &payload, Action decision);
    qint64 interaction(const QString &id, const QString &service, const QString &user, Action action,
                       const QString &received, const QJsonValue &forwarded, const QString &returned,
                       const QList<InteractionDecision> &decisions, SeededLedger &out,
                       const QStringList &exceptionIds = {});
    bool seedBefore();
    bool seedExceptions(SeededLedger &out);
    bool seedInteractions(SeededLedger &out);

    EvidenceStore &m_store;
    std::shared_ptr<UserDirectory> m_users;
    std::shared_ptr<ExceptionRules> m_rules;
    std::unique_ptr<ExceptionService> m_exceptions;
    QString m_policyHash;
    QString m_error;
};

} // namespace custos::audittest
