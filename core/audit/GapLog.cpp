#include "core/audit/GapLog.h"

#include "core/audit/AuditFormat.h"
#include "core/audit/AuditTables.h"
#include "core/evidence/LoggingGap.h"

#include <QJsonDocument>

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace custos::audit {

namespace {

const QString kFailOpen = u"fail_open"_s;
const QString kAdminKind = eventKindName(EventKind::Admin);
const QByteArray kLoggingFailureTag = QByteArray(LoggingGap::kAction.data(), LoggingGap::kAction.size());

QStringList gapCells(const QString &kind, qint64 seq, qint64 timeMs, const QString &detail)
{
    return {kind, format::number(seq), timeMs ? format::utcMs(timeMs) : QString(), detail};
}

// One source of gap rows in seq order: a spool or the in-memory list.
struct GapSource
{
    RowSpool *spool = nullptr;
    const QList<GapRow> *list = nullptr;
    qsizetype index = 0;
    QStringList current;
    bool valid = false;

    void advance()
    {
        if (spool) {
            valid = spool->next(current);
            return;
        }
        valid = index < list->size();
        if (valid) {
            const GapRow &gap = list->at(index++);
            current = {gap.kind, format::number(gap.seq), format::utc(gap.time), gap.detail};
        }
    }
    qint64 seq() const { return current.value(1).toLongLong(); }
};

} // namespace

Result<void> GapLog::addInteractionGap(const QString &kind, qint64 seq, qint64 timeMs, const QString &detail)
{
    ++m_byKind[kind];
    if (kind == kFailOpen) {
        DaySpan &span = m_failOpenDays[QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::UTC).date()];
        if (span.count++ == 0) {
            span.firstSeq = seq;
            span.firstMs = timeMs;
        }
        span.lastSeq = seq;
    }
    return m_interactionGaps.append(gapCells(kind, seq, timeMs, detail));
}

Result<void> GapLog::addChainGap(const QString &kind, qint64 seq, qint64 timeMs, const QString &detail)
{
    ++m_byKind[kind];
    return m_chainGaps.append(gapCells(kind, seq, timeMs, detail));
}

Result<void> GapLog::noteLoggingFailure(const LedgerRow &row)
{
    // Cheap tests first: the chain pass sees every event of the period.
    if (row.chain.tombstoned || row.chain.kind != kAdminKind ||
        !row.chain.payload.contains(kLoggingFailureTag))
        return {};
    const auto gap = LoggingGap::fromPayload(QJsonDocument::fromJson(row.chain.payload).object());
    if (!gap)
        return {};
    return addChainGap(QString(LoggingGap::kAction), row.chain.seq, row.timeMs, gap->describe());
}

void GapLog::addOther(const GapRow &gap)
{
    ++m_byKind[gap.kind];
    m_other.append(gap);
    std::stable_sort(m_other.begin(), m_other.end(),
                     [](const GapRow &a, const GapRow &b) { return a.seq < b.seq; });
}

void GapLog::noteForReport(const QStringList &cells, AuditReport &report, qint64 &listed)
{
    if (cells.at(0) == kFailOpen)
        return;
    if (listed++ >= kReportRows)
        return;
    report.gaps.append(GapRow{cells.at(0), cells.at(1).toLongLong(),
                              QDateTime::fromString(cells.at(2), Qt::ISODateWithMs), cells.at(3)});
}

Result<CsvTable> GapLog::write(TableSink &sink, AuditReport &report)
{
    TableStream table(sink, AuditTables::gaps());
    if (auto begun = table.begin(); !begun)
        return std::unexpected(begun.error());
    for (RowSpool *spool : {&m_interactionGaps, &m_chainGaps})
        if (auto rewound = spool->rewind(); !rewound)
            return std::unexpected(rewound.error());
    GapSource sources[3];
    sources[0].spool = &m_interactionGaps;
    sources[1].spool = &m_chainGaps;
    sources[2].list = &m_other;
    for (GapSource &source : sources)
        source.advance();
    qint64 listed = 0;
    for (;;) {
        GapSource *next = nullptr;
        for (GapSource &source : sources)
            if (source.valid && (!next || source.seq() < next->seq()))
                next = &source;
        if (!next)
            break;
        if (auto written = table.row(next->current); !written)
            return std::unexpected(written.error());
        noteForReport(next->current, report, listed);
        next->advance();
    }
    for (RowSpool *spool : {&m_interactionGaps, &m_chainGaps})
        if (auto read = spool->checkAllRead(); !read)
            return std::unexpected(read.error());
    if (listed > kReportRows)
        report.gaps.append(
            GapRow{u"more"_s, 0, {}, u"%1 more gaps are listed in gaps.csv"_s.arg(listed - kReportRows)});
    for (const auto &[day, span] : m_failOpenDays)
        report.gaps.append(GapRow{
            kFailOpen, span.firstSeq, QDateTime::fromMSecsSinceEpoch(span.firstMs, QTimeZone::UTC),
            u"%1 interactions on %2 were decided fail-open (seq %3 to %4): had the "
            "evidence write failed, their responses would have been released unrecorded"_s.arg(span.count)
                .arg(day.toString(Qt::ISODate))
                .arg(span.firstSeq)
                .arg(span.lastSeq)});
    return table.finish();
}

} // namespace custos::audit
