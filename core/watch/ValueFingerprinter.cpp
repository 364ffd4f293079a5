#include "core/watch/ValueFingerprinter.h"

#include "core/evidence/EvidenceStore.h"

#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace custos {

namespace {
constexpr qsizetype kFingerprintBytes = 16; // 128 bits
} // namespace

ValueFingerprinter::ValueFingerprinter(QByteArray secret)
    : m_secret(std::move(secret))
{}

Result<std::shared_ptr<const ValueFingerprinter>> ValueFingerprinter::forStore(EvidenceStore &store)
{
    auto secret = store.fingerprintSecret();
    if (!secret)
        return std::unexpected(secret.error());
    return std::make_shared<const ValueFingerprinter>(*secret);
}

QString ValueFingerprinter::valueClassOf(const QString &detectorId, const QString &dataClass)
{
    return dataClass == u"SECRET" ? u"secret"_s : detectorId;
}

bool ValueFingerprinter::counts(const DetectorHit &hit)
{
    return hit.validated || hit.dataClass == u"SECRET";
}

QString ValueFingerprinter::fingerprintOf(const DetectorHit &hit) const
{
    if (!counts(hit))
        return {};
    const QString normalized = hit.normalized.isEmpty() ? hit.text : hit.normalized;
    return fingerprint(valueClassOf(hit.detectorId, hit.dataClass), normalized);
}

QString ValueFingerprinter::fingerprint(const QString &valueClass, const QString &normalizedValue) const
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_secret);
    mac.addData(valueClass.toUtf8());
    mac.addData(QByteArrayView("\0", 1));
    mac.addData(normalizedValue.toUtf8());
    return QString::fromLatin1(mac.result().left(kFingerprintBytes).toHex());
}

} // namespace custos
