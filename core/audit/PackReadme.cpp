#include "core/audit/PackReadme.h"

#include "core/audit/PackManifest.h"

using namespace Qt::StringLiterals;

namespace custos::audit {
namespace {

QString scopeText(const AuditDataset &dataset)
{
    const AuditScope &scope = dataset.scope;
    return u"Store:     %1 (id %2)\n"
           "Period:    %3 (inclusive) to %4 (exclusive), UTC\n"
           "Services:  %5\n"
           "Payloads:  %6%7\n"_s.arg(dataset.storeName, dataset.storeId, PackManifest::utcText(scope.from),
                                     PackManifest::utcText(scope.to),
                                     scope.services.isEmpty() ? u"all"_s : scope.services.join(u", "_s),
                                     payloadModeName(scope.payloads),
                                     scope.reason.isEmpty() ? QString()
                                                            : u" (reason: %1)"_s.arg(scope.reason));
}

QString layoutText(PayloadMode mode)
{
    QString text = u"report.pdf              the report (PDF/A-1b)\n"
                   "data/*.csv              one file per entity (RFC 4180, UTF-8 with BOM, CRLF)\n"
                   "checkpoints/seq-N.txt   each signed checkpoint in words; .msg holds the exact\n"
                   "                        signed bytes, .sig the raw 64-byte Ed25519 signature\n"
                   "keys/checkpoint.pem     the ledger's checkpoint public key\n"
                   "keys/export.pem         the export public key that signs SHA256SUMS\n"
                   "manifest.json           scope, counts, every file's SHA-256, size and rows\n"
                   "SHA256SUMS              sha256sum of every file (manifest and report included)\n"
                   "SHA256SUMS.sig          raw Ed25519 signature of SHA256SUMS by keys/export.pem\n"
                   "tools/verify_chain.py   recomputes the hash chain (Python standard library only)\n"_s;
    if (mode == PayloadMode::Raw)
        text += u"payloads.jsonl          the raw payloads, one canonical JSON per line; each\n"
                "                        line's SHA-256 is its event's payload_digest\n"
                "data/payloads.csv       which seq each line of payloads.jsonl belongs to\n"_s;
    return text;
}

QString dictionaryText(const AuditDataset &dataset, const QMap<QString, qint64> &rows, PayloadMode mode)
{
    QString text;
    for (const CsvTable &table : dataset.tables) {
        text += u"\ndata/%1 (%2 rows): %3\n"_s.arg(table.fileName)
                    .arg(rows.value(table.fileName))
                    .arg(table.description);
        for (const CsvColumn &column : table.columns)
            text += u"  %1%2 %3\n"_s.arg(column.name.leftJustified(22),
                                         column.numeric ? u"(number)"_s : u"(text)  "_s, column.meaning);
    }
    if (mode == PayloadMode::Raw)
        text += u"\ndata/payloads.csv: the line index of payloads.jsonl\n"
                "  seq                   (number) the ledger event the payload belongs to\n"
                "  line                  (number) its line in payloads.jsonl, from 1\n"
                "  payload_digest        (text)   SHA-256 of that line, as chain.csv records it\n"_s;
    return text;
}

} // namespace

QString PackReadme::verificationSteps()
{
    return u"Run these in the pack folder. Each must succeed; any other output means the pack was\n"
           "changed after it was exported, or is not what its exporter signed.\n"
           "\n"
           "1. Every file is the one listed:\n"
           "     sha256sum -c SHA256SUMS\n"
           "   (every line must end in OK).\n"
           "\n"
           "2. The list is signed by the export key:\n"
           "     openssl pkeyutl -verify -pubin -inkey keys/export.pem -rawin -in SHA256SUMS -sigfile "
           "SHA256SUMS.sig\n"
           "   (it must print \"Signature Verified Successfully\").\n"
           "\n"
           "3. The export key is the store's. THE FINGERPRINT MUST REACH YOU BY ANOTHER CHANNEL\n"
           "   (a phone call, a signed letter, a ticket): anyone who can change this folder can\n"
           "   also replace keys/export.pem and re-sign. Compute it with\n"
           "     openssl pkey -pubin -in keys/export.pem -outform DER | tail -c 32 | sha256sum\n"
           "   and compare it with the fingerprint you were given. It is the same for every pack\n"
           "   of one store.\n"
           "\n"
           "4. Every checkpoint is signed by the ledger's checkpoint key:\n"
           "     for m in checkpoints/*.msg; do\n"
           "       openssl pkeyutl -verify -pubin -inkey keys/checkpoint.pem -rawin -in \"$m\" \\\n"
           "         -sigfile \"${m%.msg}.sig\" >/dev/null && echo \"ok $m\" || echo \"FAILED $m\"\n"
           "     done\n"
           "\n"
           "5. The hash chain recomputes and meets the signed checkpoints (and, in raw mode, every\n"
           "   payload hashes to its recorded digest):\n"
           "     python3 tools/verify_chain.py\n"
           "   (it must end with \"chain verified\"; it names the seq of any failure).\n"
           "\n"
           "6. The pack fingerprint (shown in every page footer of report.pdf and in manifest.json)\n"
           "   is the SHA-256 of SHA256SUMS without the report and manifest lines:\n"
           "     grep -v -e '  report.pdf$' -e '  manifest.json$' SHA256SUMS | sha256sum\n"_s;
}

QByteArray PackReadme::text(const AuditDataset &dataset, const QMap<QString, qint64> &rows, PayloadMode mode)
{
    QString text = u"Custos audit pack\n=================\n\n"_s;
    text += scopeText(dataset);
    text += u"\nWhat the pack answers: what the system did (interactions.csv, rule_hits.csv), under which\n"
            "policy version (policy_versions.csv), and who approved each exception (exceptions.csv,\n"
            "exception_events.csv). chain.csv holds every ledger event from the checkpoint before the\n"
            "period to the first one after it; events outside the chosen services appear there as\n"
            "digest-only rows (in_scope = 0), so the chain stays continuous.\n"_s;
    text += u"\nHow to verify, with coreutils, OpenSSL 3 and python3 only\n"
            "---------------------------------------------------------\n\n"_s;
    text += verificationSteps();
    text += u"\nLayout\n------\n\n"_s + layoutText(mode);
    text +=
        u"\nThe chain\n---------\n\n"
        "Chain formula 2 (manifest.json, chain.chain_formula):\n"
        "hash = SHA-256(prev_hash || header_digest), header_digest = SHA-256(header), where header is\n"
        "\"custos-event-v2\" || seq (8 bytes big-endian) || time_ms (8 bytes big-endian) || kind, actor,\n"
        "policy_hash (each a 4-byte big-endian length of its UTF-8 bytes, then the bytes) ||\n"
        "payload_digest (32 bytes) || facts_digest (32 bytes), so time, actor and policy version are\n"
        "covered. On digest-only rows header_digest is given and not recomputed. The chain starts\n"
        "from the anchor in manifest.json (\"chain\": the hash at the checkpoint before\n"
        "the period, or 32 zero bytes at genesis). A checkpoint's signed message is\n"
        "\"custos-checkpoint-v1\" || seq (8 bytes big-endian) || hash || time in ms (8 bytes big-endian).\n"
        "Payloads enter the chain only through their digest, so retention can drop a payload\n"
        "(tombstoned = 1) and the chain still verifies.\n"_s;
    text += u"\nThe CSV files\n-------------\n\n"
            "RFC 4180, UTF-8 with a byte order mark, CRLF line ends, quotes only where needed. Times\n"
            "in columns ending _utc are ISO 8601 UTC. A text cell starting with = + - @, TAB or CR\n"
            "has a leading ' added, so no spreadsheet runs it as a formula; numeric columns hold\n"
            "plain numbers.\n"_s;
    text += dictionaryText(dataset, rows, mode);
    return text.toUtf8();
}

} // namespace custos::audit
