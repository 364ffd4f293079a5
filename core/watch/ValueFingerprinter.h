#pragma once

#include "core/common/Error.h"
#include "core/policy/detectors/DetectorSpec.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace custos {

class EvidenceStore;

// Turns a detected value into its fingerprint: HMAC-SHA256(store secret, value class ‖ 0x00 ‖
// normalised value), truncated to 128 bits and written as 32 hex digits. The value itself is
// never kept; without the secret (inside the encrypted store) a fingerprint cannot be tested
// against a guessed card or address.
class ValueFingerprinter
{
public:
    explicit ValueFingerprinter(QByteArray secret);

    // The store's fingerprinter (its secret is made at the first call).
    static Result<std::shared_ptr<const ValueFingerprinter>> forStore(EvidenceStore &store);

    // What a value is counted as: "secret" for every detector of class SECRET (three different
    // token formats are three secrets), otherwise the detector id ("email", "credit_card", ...).
    static QString valueClassOf(const QString &detectorId, const QString &dataClass);
    // Whether a hit is fingerprinted: its validator accepted it, or it is a secret (secrets have
    // formats, not check digits).
    static bool counts(const DetectorHit &hit);

    // Empty when the hit does not count.
    QString fingerprintOf(const DetectorHit &hit) const;
    QString fingerprint(const QString &valueClass, const QString &normalizedValue) const;

private:
    QByteArray m_secret;
};

} // namespace custos
