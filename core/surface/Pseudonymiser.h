#pragma once

#include <QByteArray>
#include <QString>

namespace custos {

// Stable keyed pseudonyms for names on the risk surface: "user-" or "service-" and 10 hex digits of
// HMAC-SHA256(key, kind ‖ 0x00 ‖ name). The same name gives the same pseudonym in every period and
// every process with the same key; without the key a pseudonym cannot be tested against a guessed
// name. The key is derived from the store's fingerprint secret (never the secret itself).
class Pseudonymiser
{
public:
    explicit Pseudonymiser(QByteArray key);
    // The key for a store with this fingerprint secret.
    static QByteArray keyFromSecret(const QByteArray &fingerprintSecret);

    QString user(const QString &name) const { return pseudonym(QStringLiteral("user"), name); }
    QString service(const QString &name) const { return pseudonym(QStringLiteral("service"), name); }
    QString pseudonym(const QString &kind, const QString &name) const;

private:
    QByteArray m_key;
};

} // namespace custos
