#include "core/audit/Ed25519Key.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace custos::audit::ed25519 {
namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

} // namespace

Result<QByteArray> publicKeyPem(QByteArrayView rawPublicKey)
{
    KeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                           reinterpret_cast<const unsigned char *>(rawPublicKey.data()),
                                           static_cast<size_t>(rawPublicKey.size())),
               EVP_PKEY_free);
    BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!key || !bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
        return fail(u"not an Ed25519 public key (%1 bytes)"_s.arg(rawPublicKey.size()));
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

Result<QByteArray> publicKeyFromPem(QByteArrayView pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free);
    KeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, EVP_PKEY_free);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
        return fail(u"not an Ed25519 public key in PEM form"_s);
    QByteArray raw(32, Qt::Uninitialized);
    size_t size = 32;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(raw.data()), &size) != 1 ||
        size != 32)
        return fail(u"the Ed25519 public key cannot be read"_s);
    return raw;
}

QString fingerprint(QByteArrayView rawPublicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(rawPublicKey, QCryptographicHash::Sha256).toHex());
}

} // namespace custos::audit::ed25519
