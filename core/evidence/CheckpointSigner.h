#pragma once

#include "Checkpoint.h"

#include <QByteArray>

namespace custos {

// Ed25519 through OpenSSL EVP. Keys are raw: 32-byte private seed, 32-byte public key.
class CheckpointSigner
{
public:
    struct KeyPair
    {
        QByteArray privateKey;
        QByteArray publicKey;
    };

    static Result<KeyPair> generateKeyPair();
    static Result<QByteArray> sign(QByteArrayView privateKey, QByteArrayView message);
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

    static Result<void> signCheckpoint(QByteArrayView privateKey, Checkpoint &checkpoint);
    static bool verifyCheckpoint(QByteArrayView publicKey, const Checkpoint &checkpoint);
};

} // namespace custos
