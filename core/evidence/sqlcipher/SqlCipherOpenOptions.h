#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

namespace custos::sqlcipher {

// The connect options of a QSQLCIPHER connection (see SqlCipher.h), parsed and checked.
struct SqlCipherOpenOptions
{
    QByteArray rawKeyHex; // 64 or 96 hex digits, empty when a passphrase is used
    int busyTimeoutMs = 5000;
    bool readOnly = false;
    bool immutable = false; // read-only media: no -wal/-shm can be made, and nobody writes the file
    bool create = true;
    bool beginImmediate = false;

    // Parses "NAME[=VALUE];NAME[=VALUE]". Unknown names are errors, so a misspelt option (say, the
    // raw key) never silently falls back to something else. Messages never echo a key.
    static Result<SqlCipherOpenOptions> parse(const QString &connectOptions);
};

} // namespace custos::sqlcipher
