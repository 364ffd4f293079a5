#pragma once

#include "EvidenceBackend.h"
#include "VerifyReport.h"

#include <atomic>

namespace custos {

// The checks of verify beyond the chain: every query-table row and text-index entry against the
// chained projection record of its event, and every page of the file.
class StoreChecks
{
public:
    static constexpr int kMaxFindings = 1000; // named one by one; the rest only counted

    // Names each seq whose event_facts, event_rules, event_classes or text-index entry disagrees
    // with its event (missing, extra, or a field that differs, with both values).
    static void checkProjections(EvidenceBackend &backend, VerifyReport &report,
                                 const std::atomic_bool *cancel);
    // PRAGMA cipher_integrity_check (the HMAC of every page) and PRAGMA integrity_check; a bad page
    // is named with the table or index it belongs to where the b-trees can still be walked.
    static void checkPages(EvidenceBackend &backend, VerifyReport &report);

private:
    static QStringList factDifferences(const QJsonObject &chained, const QJsonObject &stored);
    static QString ownerOf(qint64 page, const QHash<qint64, QString> &owners);
};

} // namespace custos
