#include "gateway/StoreEvidenceSink.h"

#include "core/evidence/EvidenceStore.h"
#include "core/policy/InteractionPayload.h"
#include "gateway/GatewayLogging.h"
#include "gateway/LoggingGapTracker.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

const QString kActor = u"gateway"_s;

// What a warning may say about a gap: counts, period and the error, not which interactions.
QString gapOutline(const LoggingGap &gap)
{
    return u"%1 interaction(s) unrecorded between %2 and %3 (%4 released fail-open); last error: %5"_s
        .arg(gap.failures)
        .arg(gap.first.toString(Qt::ISODateWithMs), gap.last.toString(Qt::ISODateWithMs))
        .arg(gap.releasedFailOpen)
        .arg(gap.error);
}

void noteFailure(LoggingGapTracker &gaps, const QJsonObject &payload, const QString &why)
{
    const auto interaction = InteractionPayload::fromJson(payload);
    if (!interaction) {
        gaps.noteFailure({}, false, why);
        return;
    }
    gaps.noteFailure(interaction->interactionId, interaction->failureMode == FailureMode::Open, why);
}

} // namespace

StoreEvidenceSink::StoreEvidenceSink(std::shared_ptr<EvidenceStore> store)
    : m_store(std::move(store))
    , m_gaps(std::make_shared<LoggingGapTracker>())
    , m_carryOver(carryOverFile(m_store->path()))
{
    recordCarriedOverGap();
}

StoreEvidenceSink::~StoreEvidenceSink()
{
    const std::optional<LoggingGap> gap = m_gaps->take();
    if (!gap)
        return;
    if (auto seq = m_store->append(gap->toEvent(kActor)); seq) {
        QFile::remove(m_carryOver);
        return;
    }
    saveUnrecordedGap(*gap);
}

QString StoreEvidenceSink::carryOverFile(const QString &storePath)
{
    return storePath + u".logging-gap.json"_s;
}

LoggingGap StoreEvidenceSink::pendingGap() const
{
    return m_gaps->pending();
}

void StoreEvidenceSink::append(EvidenceEvent event, Durable durable)
{
    recordPendingGap();
    // Read back only when the write failed; the copy shares the payload's data until then.
    const QJsonObject payload = event.payload;
    m_store->appendAsync(std::move(event),
                         [gaps = m_gaps, payload, durable = std::move(durable)](Result<qint64> sequence) {
                             if (!sequence)
                                 noteFailure(*gaps, payload, sequence.error().message);
                             durable(std::move(sequence));
                         });
}

// Queued ahead of the interaction being appended, so the gap is in the ledger with the first write
// that succeeds; if this write fails too, the summary goes back to wait for the next one.
void StoreEvidenceSink::recordPendingGap()
{
    std::optional<LoggingGap> gap = m_gaps->take();
    if (!gap)
        return;
    m_store->appendAsync(gap->toEvent(kActor),
                         [gaps = m_gaps, gap = *gap, carryOver = m_carryOver](Result<qint64> sequence) {
                             if (!sequence) {
                                 gaps->restore(gap);
                                 return;
                             }
                             qCInfo(lcGateway).noquote()
                                 << "recorded a logging gap as event" << *sequence << ":" << gapOutline(gap);
                             if (QFile::exists(carryOver))
                                 QFile::remove(carryOver);
                         });
}

void StoreEvidenceSink::recordCarriedOverGap()
{
    QFile file(m_carryOver);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGateway).noquote()
            << "cannot read the unrecorded logging gap in" << m_carryOver << ":" << file.errorString();
        return;
    }
    const std::optional<LoggingGap> gap =
        LoggingGap::fromPayload(QJsonDocument::fromJson(file.readAll()).object());
    file.close();
    if (!gap || gap->isEmpty()) {
        qCWarning(lcGateway).noquote() << m_carryOver << "holds no logging gap; it is left as it is";
        return;
    }
    if (auto seq = m_store->append(gap->toEvent(kActor)); !seq) {
        m_gaps->restore(*gap); // written with the first write that succeeds, or saved again at stop
        return;
    }
    qCInfo(lcGateway).noquote() << "recorded the logging gap left by the last run:" << gapOutline(*gap);
    QFile::remove(m_carryOver);
}

void StoreEvidenceSink::saveUnrecordedGap(const LoggingGap &gap) const
{
    qCWarning(lcGateway).noquote() << "the evidence store is still unwritable at shutdown:"
                                   << gapOutline(gap);
    QSaveFile file(m_carryOver);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QJsonDocument(gap.toPayload()).toJson());
        if (file.commit()) {
            qCWarning(lcGateway).noquote() << "the gap is kept in" << m_carryOver
                                           << "and recorded when the store next opens for the gateway";
            return;
        }
    }
    // Nothing else holds it now, so the warning names the interactions (ids only, no content).
    qCWarning(lcGateway).noquote() << "cannot keep the gap in" << m_carryOver << "(" << file.errorString()
                                   << "); it is lost:" << gap.describe();
}

} // namespace custos
