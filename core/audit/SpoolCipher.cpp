#include "core/audit/SpoolCipher.h"

#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace custos::audit {
namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

} // namespace

SpoolCipher::SpoolCipher()
    : m_key(kKeySize, Qt::Uninitialized)
{
    if (RAND_bytes(bytes(m_key), kKeySize) != 1)
        m_key.clear();
}

SpoolCipher::~SpoolCipher()
{
    if (!m_key.isEmpty())
        OPENSSL_cleanse(m_key.data(), static_cast<size_t>(m_key.size()));
}

QByteArray SpoolCipher::nonceFor(quint64 chunkIndex)
{
    QByteArray nonce(kNonceSize, '\0');
    qToBigEndian(chunkIndex, nonce.data() + kNonceSize - sizeof(chunkIndex));
    return nonce;
}

Result<QByteArray> SpoolCipher::seal(quint64 chunkIndex, const QByteArray &plain) const
{
    CipherContext context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    const QByteArray nonce = nonceFor(chunkIndex);
    QByteArray sealed(plain.size() + kTagSize, Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    if (!ready() || !context ||
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(context.get(), bytes(sealed), &written, bytes(plain), int(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), bytes(sealed) + written, &finalWritten) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagSize,
                            bytes(sealed) + written + finalWritten) != 1)
        return fail(u"cannot encrypt the audit pack's temporary file (OpenSSL AES-256-GCM failed)"_s);
    return sealed;
}

Result<QByteArray> SpoolCipher::open(quint64 chunkIndex, const QByteArray &sealed) const
{
    if (sealed.size() < kTagSize)
        return fail(u"chunk %1 is shorter than its authentication tag"_s.arg(chunkIndex));
    CipherContext context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    const QByteArray nonce = nonceFor(chunkIndex);
    const qsizetype cipherSize = sealed.size() - kTagSize;
    QByteArray plain(cipherSize, Qt::Uninitialized);
    QByteArray tag = sealed.right(kTagSize);
    int written = 0;
    int finalWritten = 0;
    if (!ready() || !context ||
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1 ||
        EVP_DecryptUpdate(context.get(), bytes(plain), &written, bytes(sealed), int(cipherSize)) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, bytes(tag)) != 1 ||
        EVP_DecryptFinal_ex(context.get(), bytes(plain) + written, &finalWritten) != 1)
        return fail(u"chunk %1 fails its authentication (the file was changed)"_s.arg(chunkIndex));
    return plain;
}

} // namespace custos::audit
