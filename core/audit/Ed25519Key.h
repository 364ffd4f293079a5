#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

// Ed25519 public keys as the pack carries them: SubjectPublicKeyInfo PEM, which
// `openssl pkey -pubin` and `openssl pkeyutl -verify -pubin` read, and a fingerprint (hex SHA-256
// of the raw 32-byte key) that `openssl pkey -pubin -in K -outform DER | tail -c 32 | sha256sum`
// reproduces.
namespace custos::audit::ed25519 {

Result<QByteArray> publicKeyPem(QByteArrayView rawPublicKey);
Result<QByteArray> publicKeyFromPem(QByteArrayView pem); // raw 32 bytes
QString fingerprint(QByteArrayView rawPublicKey);

} // namespace custos::audit::ed25519
