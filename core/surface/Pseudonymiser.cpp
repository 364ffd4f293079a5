#include "core/surface/Pseudonymiser.h"

#include <QMessageAuthenticationCode>

namespace custos {

Pseudonymiser::Pseudonymiser(QByteArray key)
    : m_key(std::move(key))
{}

QByteArray Pseudonymiser::keyFromSecret(const QByteArray &fingerprintSecret)
{
    return QMessageAuthenticationCode::hash("custos risk-surface pseudonyms", fingerprintSecret,
                                            QCryptographicHash::Sha256);
}

QString Pseudonymiser::pseudonym(const QString &kind, const QString &name) const
{
    if (name.isEmpty())
        return name; // "no user" stays recognisable: it names no one
    const QByteArray message = kind.toUtf8() + '\0' + name.toUtf8();
    const QByteArray mac = QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256);
    return kind + u'-' + QString::fromLatin1(mac.toHex().left(10));
}

} // namespace custos
