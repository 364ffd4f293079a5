#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

namespace custos {

// Hashes console passwords with scrypt (OpenSSL 3) into a self-describing PHC-style string:
//   $scrypt$ln=16,r=8,p=1$<salt base64>$<hash base64>
// The cost travels with the hash, so raising it later only needs needsRehash() at sign-in.
class PasswordHasher
{
public:
    struct Cost
    {
        int log2N = 16; // N = 65536: 64 MiB and a few hundred milliseconds per hash on our machines
        int r = 8;
        int p = 1;
    };

    PasswordHasher();
    explicit PasswordHasher(Cost cost);

    Result<QString> hash(const QString &password) const;
    // True only when `password` matches; a malformed stored hash is an error, never a match.
    Result<bool> verify(const QString &password, const QString &storedHash) const;
    bool needsRehash(const QString &storedHash) const;
    Cost cost() const { return m_cost; }

    static constexpr int minimumPasswordLength = 10;

private:
    Cost m_cost;
};

} // namespace custos
