#pragma once

#include "core/audit/AuditDataset.h"
#include "core/policy/InteractionPayload.h"

#include <memory>

namespace custos {
class DetectorSet;
}

namespace custos::audit {

// An interaction's bodies as an audit pack may show them.
struct ExportedBodies
{
    QString requestReceivedDigest;
    QString requestForwardedDigest;
    QString responseReceivedDigest;
    QString responseReturnedDigest;
    QString requestText;  // as passed on, masked; empty when the mode does not show it
    QString responseText; // as returned, masked
    int masked = 0;       // detector hits masked at export
};

// Decides what text of an interaction leaves the store, per payload mode. Digests always; the
// text as passed on only where a rule redacted it (digests mode) or always (redacted and raw
// modes), and in every mode rescanned with the built-in detector pack, each hit replaced by a
// typed placeholder. The bodies as received never appear: a secret a rule blocked was never
// passed on, so it cannot reach a cell. (Raw mode's full payloads go to payloads.jsonl instead.)
class PayloadExporter
{
public:
    static Result<PayloadExporter> create(PayloadMode mode);

    ExportedBodies exportBodies(const InteractionPayload &payload) const;

private:
    PayloadExporter(PayloadMode mode, std::shared_ptr<const DetectorSet> detectors);
    QString shownText(const QJsonValue &body, const std::optional<ApiFlavor> &api, int &masked) const;
    QString maskedText(const QString &text, int &masked) const;

    PayloadMode m_mode;
    std::shared_ptr<const DetectorSet> m_detectors;
};

} // namespace custos::audit
