#include "tests/report/ReportFixtures.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>

namespace custos::test::report {

namespace {

const QDateTime kFrom(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::UTC);
const QStringList kActions{QStringLiteral("allow"), QStringLiteral("monitor"), QStringLiteral("redact"),
                           QStringLiteral("reroute"), QStringLiteral("block")};

QString hexDigest(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex());
}

audit::ReportScope scope()
{
    audit::ReportScope scope;
    scope.storeId = QStringLiteral("st-7f3a91c2");
    scope.storeName = QStringLiteral("acme-prod");
    scope.services = {QStringLiteral("support-bot"), QStringLiteral("billing-assistant")};
    scope.from = kFrom;
    scope.to = kFrom.addMonths(1);
    scope.packId = QStringLiteral("pk-20261101-7c1e");
    scope.packFingerprint = hexDigest(QStringLiteral("pack"));
    scope.exportKeyFingerprint = hexDigest(QStringLiteral("export key"));
    scope.checkpointKeyFingerprint = hexDigest(QStringLiteral("checkpoint key"));
    scope.payloadMode = QStringLiteral("digests");
    scope.exportedBy = QStringLiteral("ingrid");
    scope.exporterRole = QStringLiteral("auditor");
    scope.exportedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::UTC);
    scope.custosVersion = QStringLiteral("0.1.0");
    return scope;
}

QList<audit::PolicyVersionRow> policyVersions()
{
    QList<audit::PolicyVersionRow> versions;
    for (int i = 0; i < 3; ++i) {
        audit::PolicyVersionRow row;
        row.hash = hexDigest(QStringLiteral("policy %1").arg(i));
        row.title = QStringLiteral("Acme AI use policy v%1").arg(i + 7);
        row.publisher = i == 1 ? kRequester : QStringLiteral("rita.risk");
        row.comment =
            QStringLiteral("Tightens the IBAN and AWS key rules; adds a reroute for EU customer data.");
        row.effectiveFrom = kFrom.addDays(i * 10);
        row.effectiveTo = i == 2 ? QDateTime() : kFrom.addDays((i + 1) * 10);
        row.decisions = 4000 + i * 150;
        versions.append(row);
    }
    return versions;
}

audit::ExceptionRow exception(int index)
{
    audit::ExceptionRow row;
    row.id = exceptionId(index);
    row.requester = index == 0 ? kRequester : QStringLiteral("dev%1").arg(index);
    row.justification =
        index == 0 ? kFormulaJustification
                   : QStringLiteral("Load test of the support bot with synthetic tickets (%1).").arg(index);
    row.scope =
        QStringLiteral("rules pii.iban, secrets.aws_access_key; service billing-assistant; users %1; models "
                       "gpt-4o, claude-sonnet")
            .arg(row.requester);
    row.status = index % 3 == 2 ? QStringLiteral("revoked") : QStringLiteral("approved");
    row.requestedAt = kFrom.addDays(index % 28).addSecs(3600);
    row.expiresAt = row.requestedAt.addDays(7);
    const QString approver = index == 0 ? kApprover : QStringLiteral("approver%1").arg(index % 4);
    row.events.append({row.requester, QStringLiteral("requested"), row.requestedAt, QString()});
    if (index == 0)
        row.events.append({row.requester, QStringLiteral("refused"), row.requestedAt.addSecs(60),
                           QStringLiteral("self-approval refused")});
    row.events.append(
        {approver, QStringLiteral("approved"), row.requestedAt.addSecs(1800), QStringLiteral("ok")});
    row.events.append(
        {QStringLiteral("gateway"), QStringLiteral("used"), row.requestedAt.addDays(2), QString()});
    if (row.status == u"revoked")
        row.events.append({QStringLiteral("rita.risk"), QStringLiteral("revoked"), row.requestedAt.addDays(3),
                           QStringLiteral("contract ended")});
    row.fourEyesOk = index != 1;
    row.uses = 3 + index % 5;
    if (index == 0)
        row.anomalies = {QStringLiteral("use after expiry (seq 812)"),
                         QStringLiteral("self-approval attempt by %1").arg(kRequester)};
    return row;
}

audit::InteractionRow interaction(int index, int count)
{
    static const QStringList decisions{QStringLiteral("block"), QStringLiteral("redact"),
                                       QStringLiteral("reroute")};
    audit::InteractionRow row;
    row.seq = 1000 + index * 3;
    row.time = kFrom.addSecs(qint64(index) * (30LL * 86400 / std::max(count, 1)));
    row.interactionId = interactionId(index);
    row.service = index % 2 ? QStringLiteral("support-bot") : QStringLiteral("billing-assistant");
    row.user = QStringLiteral("user%1").arg(index % 17);
    row.decision = decisions[index % 3];
    row.rules = {QStringLiteral("pii.iban")};
    if (index % 5 == 0)
        row.rules << QStringLiteral("secrets.aws_access_key") << QStringLiteral("pii.email_address")
                  << QStringLiteral("custom.project_codenames");
    row.dataClasses = {QStringLiteral("iban"), QStringLiteral("email")};
    row.policyHash = hexDigest(QStringLiteral("policy %1").arg(index % 3));
    row.exceptionId = index % 50 == 0 ? kExceptionId : QString();
    return row;
}

QList<audit::DayCounts> perDay(int days)
{
    QList<audit::DayCounts> counts;
    for (int day = 0; day < days; ++day) {
        if (day % 7 == 5)
            continue; // a day without traffic: the chart must still show it
        audit::DayCounts row;
        row.day = kFrom.date().addDays(day);
        for (int a = 0; a < kActions.size(); ++a)
            row.byAction.insert(kActions[a], (day * 37 + a * 11) % 90 + (a == 0 ? 300 : 5));
        counts.append(row);
    }
    return counts;
}

QList<audit::ColumnDoc> columns()
{
    return {{QStringLiteral("interactions.csv"), QStringLiteral("seq"),
             QStringLiteral("The event's sequence number in the ledger.")},
            {QStringLiteral("interactions.csv"), QStringLiteral("time_utc"),
             QStringLiteral("When the gateway decided.")},
            {QStringLiteral("interactions.csv"), QStringLiteral("decision"),
             QStringLiteral("allow, monitor, redact, reroute, require_exception or block.")},
            {QStringLiteral("exceptions.csv"), QStringLiteral("justification"),
             QStringLiteral("The requester's words, neutralised against formula injection.")},
            {QStringLiteral("chain.csv"), QStringLiteral("hash"),
             QStringLiteral("SHA-256 over prev_hash, the header and the payload digest.")}};
}

} // namespace

QString interactionId(int index)
{
    // The gateway's ids are UUIDs.
    return QStringLiteral("6f1c2e00-7d3b-4c1a-9e55-%1").arg(index, 12, 10, QLatin1Char('0'));
}

QString exceptionId(int index)
{
    // ExceptionBook's ids: EXC- and twelve hex digits.
    return index == 0 ? kExceptionId : QStringLiteral("EXC-%1").arg(index + 0xa000, 12, 16, QLatin1Char('0'));
}

audit::AuditReport richReport(FixtureSize size)
{
    audit::AuditReport report;
    report.scope = scope();
    report.verdict = {
        {QStringLiteral("Chain verified"), true, QStringLiteral("12345 events, seq 1000 to 13344")},
        {QStringLiteral("Checkpoints valid"), true, QStringLiteral("31/31")},
        {QStringLiteral("Gaps"), true, QStringLiteral("none detected")},
        {kFailedCheck, false, kFailedDetail},
        {QStringLiteral("Retention ≥ 183 days"), true,
         QStringLiteral("400 days (EU AI Act Art. 19, 26(6))")}};
    report.policyVersions = policyVersions();
    for (const QString &action : kActions)
        report.byAction.append({action, 1000 + action.size() * 37});
    for (const QString &action : kActions)
        report.byActionAndVersion.append(
            {QStringLiteral("%1 @ %2").arg(action, report.policyVersions[0].hash.left(12)),
             300 + action.size()});
    for (int i = 0; i < 20; ++i)
        report.byRule.append(
            {QStringLiteral("custom.rule_%1_with_a_long_descriptive_name_for_wrapping").arg(i), 20 * i + 3});
    report.perDay = perDay(size.days);
    for (int i = 0; i < size.exceptions; ++i)
        report.exceptions.append(exception(i));
    for (int i = 0; i < size.enforced; ++i)
        report.enforced.append(interaction(i, size.enforced));
    report.enforcedTotal = 3LL * size.enforced;
    report.enforcedSampled = true;
    report.chain = {
        1000,
        13344,
        12345,
        QStringLiteral("seq 990 at 2026-09-30T23:00:00Z, hash ") + hexDigest(QStringLiteral("c0")),
        QStringLiteral("seq 13400 at 2026-11-01T01:00:00Z, hash ") + hexDigest(QStringLiteral("c1")),
        hexDigest(QStringLiteral("head")),
        hexDigest(QStringLiteral("head")),
        true};
    report.retention = {
        {QStringLiteral("Oldest event"), QStringLiteral("2025-09-28T10:00:00Z (400 days)")},
        {QStringLiteral("Retention rule"), QStringLiteral("payloads 400 days, digests forever")},
        {QStringLiteral("Legal hold #3"), QStringLiteral("billing-assistant since 2026-08-01, by legal")}};
    report.gaps = {
        {QStringLiteral("logging_failure"), 812, kFrom.addDays(3),
         QStringLiteral("disk full for 4 s; failed closed")},
        {QStringLiteral("clock_step"), 4711, kFrom.addDays(9), QStringLiteral("clock stepped back 2.3 s")}};
    report.columns = columns();
    report.csvRowCounts = {{QStringLiteral("interactions.csv"), 12000},
                           {QStringLiteral("exceptions.csv"), size.exceptions},
                           {QStringLiteral("chain.csv"), 12345},
                           {QStringLiteral("gaps.csv"), 2}};
    return report;
}

audit::AuditReport emptyReport()
{
    audit::AuditReport report;
    report.scope = scope();
    report.scope.services.clear();
    report.verdict = {{QStringLiteral("Chain verified"), true, QStringLiteral("no events in the period")}};
    report.chain.checkpointBefore = QStringLiteral("seq 990 at 2026-09-30T23:00:00Z");
    report.chain.recomputedHead = hexDigest(QStringLiteral("head"));
    report.chain.signedHead = report.chain.recomputedHead;
    report.chain.headsMatch = true;
    return report;
}

} // namespace custos::test::report
