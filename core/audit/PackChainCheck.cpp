#include "core/audit/PackChainCheck.h"

#include "core/audit/CsvReader.h"
#include "core/evidence/Checkpoint.h"
#include "core/evidence/LedgerHash.h"

#include <QFile>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace custos::audit {
namespace {

constexpr int kMaxChainProblemsNamed = 5; // failures named one by one before "and N more"

struct ChainProblems
{
    QStringList named;
    int count = 0;
    void add(const QString &problem)
    {
        if (++count <= kMaxChainProblemsNamed)
            named.append(problem);
    }
    QString text() const
    {
        QString joined = named.join(u"; "_s);
        if (count > kMaxChainProblemsNamed)
            joined += u"; and %1 more"_s.arg(count - kMaxChainProblemsNamed);
        return joined;
    }
};

PackCheck chainCheckUnreadable(const QString &name, const Error &error)
{
    return PackCheck{name, false, error.toString()};
}

QString missingSeqRange(qint64 expected, qint64 found)
{
    return found == expected + 1 ? u"seq %1"_s.arg(expected)
                                 : u"seqs %1 to %2"_s.arg(expected).arg(found - 1);
}

} // namespace

PackChainCheck::PackChainCheck(QString packRoot, qint64 anchorSeq, QByteArray anchorHash, int chainFormula)
    : m_root(std::move(packRoot))
    , m_anchorSeq(anchorSeq)
    , m_anchorHash(std::move(anchorHash))
    , m_formula(chainFormula)
{}

// Column indexes of chain.csv; the formula-2 ones are -1 in a formula-1 pack.
struct PackChainCheck::Columns
{
    int seq = -1, kind = -1, payloadDigest = -1, prevHash = -1, hash = -1;
    int timeMs = -1, actor = -1, policyHash = -1, inScope = -1, factsDigest = -1, headerDigest = -1;
};

// The hash a row should have, from what it shows: under formula 2 the header digest is recomputed
// from the row's fields where it is in scope, and taken as given on digest-only rows.
QByteArray PackChainCheck::recompute(const QStringList &cells, const Columns &columns, int formula,
                                     QString &problem)
{
    const qint64 seq = cells[columns.seq].toLongLong();
    const QByteArray digest = QByteArray::fromHex(cells[columns.payloadDigest].toLatin1());
    const QByteArray prev = QByteArray::fromHex(cells[columns.prevHash].toLatin1());
    if (formula == 1)
        return ledger::chainHashV1(prev, seq, cells[columns.kind], digest);
    QByteArray headerDigest = QByteArray::fromHex(cells[columns.headerDigest].toLatin1());
    if (cells[columns.inScope] == u"1") {
        const QByteArray fromFields = ledger::headerDigest(
            {seq, cells[columns.timeMs].toLongLong(), cells[columns.kind], cells[columns.actor],
             cells[columns.policyHash], digest, QByteArray::fromHex(cells[columns.factsDigest].toLatin1())});
        if (fromFields != headerDigest)
            problem =
                u"seq %1: its time, kind, actor, policy hash or digests do not give its header_digest"_s.arg(
                    seq);
        headerDigest = fromFields;
    }
    return ledger::chainHashOfDigest(prev, headerDigest);
}

PackCheck PackChainCheck::chain()
{
    const QString name = u"hash chain (data/chain.csv)"_s;
    auto reader = CsvReader::open(m_root + u"/data/chain.csv"_s);
    if (!reader)
        return chainCheckUnreadable(name, reader.error());
    Columns columns;
    std::vector<std::pair<QString, int *>> wanted{{u"seq"_s, &columns.seq},
                                                  {u"kind"_s, &columns.kind},
                                                  {u"payload_digest"_s, &columns.payloadDigest},
                                                  {u"prev_hash"_s, &columns.prevHash},
                                                  {u"hash"_s, &columns.hash}};
    if (m_formula >= 2)
        wanted.insert(wanted.end(), {{u"time_ms"_s, &columns.timeMs},
                                     {u"actor"_s, &columns.actor},
                                     {u"policy_hash"_s, &columns.policyHash},
                                     {u"in_scope"_s, &columns.inScope},
                                     {u"facts_digest"_s, &columns.factsDigest},
                                     {u"header_digest"_s, &columns.headerDigest}});
    for (const auto &[column, index] : wanted) {
        auto found = reader->column(column);
        if (!found)
            return chainCheckUnreadable(name, found.error());
        *index = *found;
    }
    m_links.insert(m_anchorSeq, Link{m_anchorHash, {}});
    QByteArray previous = m_anchorHash;
    qint64 expected = m_anchorSeq + 1;
    qint64 rows = 0;
    ChainProblems problems;
    while (true) {
        auto record = reader->next();
        if (!record)
            return chainCheckUnreadable(name, record.error());
        if (!*record)
            break;
        const QStringList &cells = **record;
        const qint64 seq = cells[columns.seq].toLongLong();
        if (seq > expected)
            problems.add(
                u"%1 missing (the row before seq %2 is gone)"_s.arg(missingSeqRange(expected, seq)).arg(seq));
        else if (seq < expected)
            problems.add(u"seq %1 out of order or repeated (expected seq %2)"_s.arg(seq).arg(expected));
        const QByteArray digest = QByteArray::fromHex(cells[columns.payloadDigest].toLatin1());
        const QByteArray recordedPrev = QByteArray::fromHex(cells[columns.prevHash].toLatin1());
        const QByteArray recorded = QByteArray::fromHex(cells[columns.hash].toLatin1());
        if (recordedPrev != previous)
            problems.add(u"seq %1: prev_hash is not the hash before it"_s.arg(seq));
        QString headerProblem;
        const QByteArray computed = recompute(cells, columns, m_formula, headerProblem);
        if (!headerProblem.isEmpty())
            problems.add(headerProblem);
        if (computed != recorded)
            problems.add(u"seq %1: hash does not match the recomputed one"_s.arg(seq));
        m_links.insert(seq, Link{computed, digest});
        previous = recorded; // go on from what the row claims, so one bad row is named once
        expected = seq + 1;
        m_lastSeq = seq;
        ++rows;
    }
    if (rows == 0)
        m_lastSeq = m_anchorSeq;
    if (problems.count > 0)
        return PackCheck{name, false, problems.text()};
    return PackCheck{
        name, true,
        u"recomputed from seq %1 to seq %2 (%3 events)"_s.arg(m_anchorSeq + 1).arg(m_lastSeq).arg(rows)};
}

PackCheck PackChainCheck::checkpoints()
{
    const QString name = u"checkpoints against the chain"_s;
    auto reader = CsvReader::open(m_root + u"/data/checkpoints.csv"_s);
    if (!reader)
        return chainCheckUnreadable(name, reader.error());
    int columns[4];
    const QString names[4] = {u"seq"_s, u"hash"_s, u"time_ms"_s, u"message_file"_s};
    for (int i = 0; i < 4; ++i) {
        auto index = reader->column(names[i]);
        if (!index)
            return chainCheckUnreadable(name, index.error());
        columns[i] = *index;
    }
    ChainProblems problems;
    QSet<qint64> signedSeqs;
    qint64 closing = -1;
    while (true) {
        auto record = reader->next();
        if (!record)
            return chainCheckUnreadable(name, record.error());
        if (!*record)
            break;
        const QStringList &cells = **record;
        Checkpoint checkpoint;
        checkpoint.seq = cells[columns[0]].toLongLong();
        checkpoint.hash = QByteArray::fromHex(cells[columns[1]].toLatin1());
        checkpoint.time = QDateTime::fromMSecsSinceEpoch(cells[columns[2]].toLongLong(), QTimeZone::UTC);
        signedSeqs.insert(checkpoint.seq);
        closing = std::max(closing, checkpoint.seq);
        const auto link = m_links.constFind(checkpoint.seq);
        if (link == m_links.cend())
            problems.add(u"checkpoint seq %1: chain.csv has no row at that seq"_s.arg(checkpoint.seq));
        else if (link->hash != checkpoint.hash)
            problems.add(u"checkpoint seq %1: the chain's hash there differs from the signed one"_s.arg(
                checkpoint.seq));
        QFile message(m_root + u'/' + cells[columns[3]]);
        if (!message.open(QIODevice::ReadOnly))
            problems.add(u"checkpoint seq %1: cannot read %2"_s.arg(checkpoint.seq).arg(cells[columns[3]]));
        else if (message.readAll() != checkpoint.signedMessage())
            problems.add(u"checkpoint seq %1: %2 does not hold its seq, hash and time"_s.arg(checkpoint.seq)
                             .arg(cells[columns[3]]));
    }
    if (m_anchorSeq == 0 && m_anchorHash != ledger::genesisHash())
        problems.add(u"the chain starts at genesis but the anchor hash is not 32 zero bytes"_s);
    else if (m_anchorSeq > 0 && !signedSeqs.contains(m_anchorSeq))
        problems.add(u"the anchor seq %1 is not one of the signed checkpoints"_s.arg(m_anchorSeq));
    if (closing < 0)
        problems.add(u"no checkpoint: nothing signs the chain"_s);
    else if (closing != m_lastSeq)
        problems.add(u"chain.csv ends at seq %1 but the closing checkpoint is at seq %2"_s.arg(m_lastSeq).arg(
            closing));
    if (problems.count > 0)
        return PackCheck{name, false, problems.text()};
    return PackCheck{
        name, true,
        u"%1 checkpoints meet the recomputed chain and their .msg files"_s.arg(signedSeqs.size())};
}

PackCheck PackChainCheck::rawPayloads()
{
    const QString name = u"raw payloads"_s;
    QFile lines(m_root + u"/payloads.jsonl"_s);
    if (!lines.exists())
        return PackCheck{name, true, u"none in this pack (digests or redacted mode)"_s};
    if (!lines.open(QIODevice::ReadOnly))
        return PackCheck{name, false, u"cannot read payloads.jsonl: %1"_s.arg(lines.errorString())};
    auto index = CsvReader::open(m_root + u"/data/payloads.csv"_s);
    if (!index)
        return chainCheckUnreadable(name, index.error());
    auto seqColumn = index->column(u"seq"_s);
    if (!seqColumn)
        return chainCheckUnreadable(name, seqColumn.error());
    ChainProblems problems;
    qint64 count = 0;
    while (true) {
        auto record = index->next();
        if (!record)
            return chainCheckUnreadable(name, record.error());
        QByteArray line = lines.readLine();
        if (!*record || line.isEmpty()) {
            if (bool(*record) != !line.isEmpty())
                problems.add(u"payloads.jsonl and data/payloads.csv differ in length"_s);
            break;
        }
        ++count;
        if (line.endsWith('\n'))
            line.chop(1);
        const qint64 seq = (**record)[*seqColumn].toLongLong();
        const auto link = m_links.constFind(seq);
        if (link == m_links.cend())
            problems.add(u"payload of seq %1 (line %2): chain.csv has no such seq"_s.arg(seq).arg(count));
        else if (ledger::sha256(line) != link->digest)
            problems.add(
                u"payload of seq %1 (line %2) does not hash to its recorded digest"_s.arg(seq).arg(count));
    }
    if (problems.count > 0)
        return PackCheck{name, false, problems.text()};
    return PackCheck{name, true, u"%1 payloads hash to the digests chain.csv records"_s.arg(count)};
}

} // namespace custos::audit
