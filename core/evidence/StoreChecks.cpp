#include "StoreChecks.h"

#include "EventFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

QString shown(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return u"nothing"_s;
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        return u"["_s + items.join(u", "_s) + u"]"_s;
    }
    return u"'"_s + value.toString() + u"'"_s;
}

void addCapped(VerifyReport &report, VerifyFinding finding, int &dropped)
{
    if (report.findings.size() < StoreChecks::kMaxFindings)
        report.addFinding(std::move(finding));
    else
        ++dropped;
}

} // namespace

QStringList StoreChecks::factDifferences(const QJsonObject &chained, const QJsonObject &stored)
{
    QStringList differences;
    for (const QString &field : EventFacts::fieldNames()) {
        if (field == u"text")
            continue; // the index holds terms, not the digest: compared by presence
        if (chained.value(field) != stored.value(field))
            differences.append(u"%1 is %2 in the query tables, the chain says %3"_s.arg(
                field, shown(stored.value(field)), shown(chained.value(field))));
    }
    for (const QString &table : {u"rules"_s, u"data_classes"_s}) {
        const QString key = table + u"_table"_s;
        if (stored.contains(key))
            differences.append(u"the %1 index holds %2, the chain says %3"_s.arg(
                table == u"rules" ? u"rule"_s : u"data class"_s, shown(stored.value(key)),
                shown(chained.value(table))));
    }
    return differences;
}

void StoreChecks::checkProjections(EvidenceBackend &backend, VerifyReport &report,
                                   const std::atomic_bool *cancel)
{
    int dropped = 0;
    const auto finding = [&](qint64 seq, const QString &detail) {
        addCapped(report, {Damage::Projection, seq, 0, u"seq %1: %2"_s.arg(seq).arg(detail)}, dropped);
    };
    qint64 visited = 0;
    auto scanned = backend.scanProjections([&](const ProjectionRow &row) {
        if ((++visited & 0x3fff) == 0 && cancel && cancel->load()) {
            report.cancelled = true;
            return false;
        }
        ++report.projectionsChecked;
        if (row.orphanIndexEntry) {
            finding(row.seq,
                    u"the rule, data-class or text index has an entry for a seq the ledger does not hold"_s);
            return true;
        }
        if (!row.hasEvent) {
            finding(row.seq, u"the query tables hold a row for a seq the ledger does not hold"_s);
            return true;
        }
        const QJsonObject chained = QJsonDocument::fromJson(row.eventFacts).object();
        if (!row.hasFacts) {
            finding(row.seq,
                    u"the %1 event is missing from the query tables (decision %2 in the chain); queries and"
                    " the evidence browser do not show it"_s.arg(row.eventKind,
                                                                 shown(chained.value(u"decision"))));
            return true;
        }
        QStringList differences = factDifferences(chained, row.facts);
        if (row.timeMs != row.eventTimeMs)
            differences.prepend(u"time_ms is %1 in the query tables, the chain says %2"_s.arg(row.timeMs)
                                    .arg(row.eventTimeMs));
        if (row.kind != row.eventKind)
            differences.prepend(
                u"kind is '%1' in the query tables, the chain says '%2'"_s.arg(row.kind, row.eventKind));
        const bool textExpected = chained.contains(u"text") && !row.tombstoned;
        if (textExpected && !row.hasText)
            differences.append(u"the full-text index has no entry for it, so text search cannot find it"_s);
        else if (!textExpected && row.hasText)
            differences.append(row.tombstoned
                                   ? u"the full-text index still holds terms of its dropped payload"_s
                                   : u"the full-text index holds an entry the event never had"_s);
        if (!differences.isEmpty())
            finding(row.seq, differences.join(u"; "_s));
        return true;
    });
    if (!scanned)
        addCapped(
            report,
            {Damage::Projection, 0, 0, u"the query tables cannot be read: "_s + scanned.error().message},
            dropped);
    if (dropped > 0)
        report.findings.append(
            {Damage::Projection, 0, 0, u"and %1 more query-table disagreements"_s.arg(dropped)});
}

QString StoreChecks::ownerOf(qint64 page, const QHash<qint64, QString> &owners)
{
    if (page == 1)
        return u"the file header and the schema (page 1)"_s;
    if (const auto owner = owners.constFind(page); owner != owners.cend())
        return *owner;
    QStringList unwalkable;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.key() < 0)
            unwalkable.append(it.value());
    }
    if (!unwalkable.isEmpty())
        return u"one of the b-trees the damage stops verify from walking: "_s + unwalkable.join(u", "_s);
    return u"no table or index (a free or overflow page)"_s;
}

void StoreChecks::checkPages(EvidenceBackend &backend, VerifyReport &report)
{
    int dropped = 0;
    auto pages = backend.pageCount();
    if (pages)
        report.pagesChecked = *pages;
    auto hmac = backend.cipherIntegrityCheck();
    if (!hmac) {
        addCapped(report,
                  {Damage::CorruptPage, 0, 0, u"SQLCipher's page check failed: "_s + hmac.error().message},
                  dropped);
        return;
    }
    static const QRegularExpression pageNumber(u"page (\\d+)"_s);
    std::optional<QHash<qint64, QString>> owners;
    for (const QString &line : std::as_const(*hmac)) {
        const auto match = pageNumber.match(line);
        const qint64 page = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (!owners) {
            auto walked = backend.pageOwners();
            owners = walked ? *walked : QHash<qint64, QString>{};
        }
        addCapped(
            report,
            {Damage::CorruptPage, 0, page,
             u"%1; it belongs to %2"_s.arg(line, page > 0 ? ownerOf(page, *owners) : u"an unknown page"_s)},
            dropped);
    }
    auto structure = backend.integrityCheck();
    if (!structure) {
        addCapped(
            report,
            {Damage::CorruptPage, 0, 0, u"SQLite's integrity check failed: "_s + structure.error().message},
            dropped);
    } else if (*structure != u"ok") {
        const QStringList lines = structure->split(u'\n');
        for (const QString &line : lines) {
            const auto match = pageNumber.match(line);
            addCapped(report,
                      {Damage::CorruptPage, 0, match.hasMatch() ? match.captured(1).toLongLong() : 0,
                       u"SQLite's integrity check: "_s + line},
                      dropped);
        }
    }
    if (dropped > 0)
        report.findings.append({Damage::CorruptPage, 0, 0, u"and %1 more page findings"_s.arg(dropped)});
}

} // namespace custos
