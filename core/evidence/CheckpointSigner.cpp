#include "CheckpointSigner.h"

#include <openssl/evp.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using ContextPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

Result<CheckpointSigner::KeyPair> CheckpointSigner::generateKeyPair()
{
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), EVP_PKEY_free);
    if (!key)
        return fail(u"cannot generate the store's Ed25519 signing key"_s);
    KeyPair pair{QByteArray(32, Qt::Uninitialized), QByteArray(32, Qt::Uninitialized)};
    size_t privateSize = 32;
    size_t publicSize = 32;
    if (EVP_PKEY_get_raw_private_key(key.get(), reinterpret_cast<unsigned char *>(pair.privateKey.data()),
                                     &privateSize) != 1 ||
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                                    &publicSize) != 1)
        return fail(u"cannot extract the store's Ed25519 key"_s);
    return pair;
}

Result<QByteArray> CheckpointSigner::sign(QByteArrayView privateKey, QByteArrayView message)
{
    KeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey),
                                            static_cast<size_t>(privateKey.size())),
               EVP_PKEY_free);
    ContextPtr context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!key || !context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return fail(u"the store's signing key is unusable"_s);
    QByteArray signature(64, Qt::Uninitialized);
    size_t size = 64;
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       bytes(message), static_cast<size_t>(message.size())) != 1)
        return fail(u"signing the checkpoint failed"_s);
    signature.resize(static_cast<qsizetype>(size));
    return signature;
}

bool CheckpointSigner::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    KeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey),
                                           static_cast<size_t>(publicKey.size())),
               EVP_PKEY_free);
    ContextPtr context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!key || !context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(), bytes(signature), static_cast<size_t>(signature.size()),
                            bytes(message), static_cast<size_t>(message.size())) == 1;
}

Result<void> CheckpointSigner::signCheckpoint(QByteArrayView privateKey, Checkpoint &checkpoint)
{
    auto signature = sign(privateKey, checkpoint.signedMessage());
    if (!signature)
        return std::unexpected(signature.error());
    checkpoint.signature = *signature;
    return {};
}

bool CheckpointSigner::verifyCheckpoint(QByteArrayView publicKey, const Checkpoint &checkpoint)
{
    return verify(publicKey, checkpoint.signedMessage(), checkpoint.signature);
}

} // namespace custos
