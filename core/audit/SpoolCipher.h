#pragma once

#include "core/common/Error.h"

#include <QByteArray>

namespace custos::audit {

// Seals the chunks of one spool file with AES-256-GCM under a random key that exists only in this
// object's memory, so a spool left behind (a crash, a copied /tmp) is unreadable. Each chunk's
// nonce is its index: a chunk edited, swapped with another or replayed at another position fails
// its tag, and the caller counts the chunks to catch a file cut short.
class SpoolCipher
{
public:
    static constexpr int kTagSize = 16;

    SpoolCipher();
    ~SpoolCipher();
    SpoolCipher(const SpoolCipher &) = delete;
    SpoolCipher &operator=(const SpoolCipher &) = delete;

    bool ready() const { return m_key.size() == kKeySize; }
    // Ciphertext followed by the tag.
    Result<QByteArray> seal(quint64 chunkIndex, const QByteArray &plain) const;
    Result<QByteArray> open(quint64 chunkIndex, const QByteArray &sealed) const;

private:
    static constexpr int kKeySize = 32;
    static constexpr int kNonceSize = 12;
    static QByteArray nonceFor(quint64 chunkIndex);

    QByteArray m_key;
};

} // namespace custos::audit
