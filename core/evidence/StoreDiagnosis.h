#pragma once

#include "KeySource.h"

#include <QString>

#include <optional>

namespace custos {

// Why a store that exists cannot be opened, named before anyone blames the passphrase: a folder, an
// empty or cut-off file (its size is not whole pages), a plain SQLite file, or, with the key
// applied on a connection of its own, SQLCipher's HMAC check of every page: all pages failing is a
// wrong key (or a damaged salt), some failing is a damaged file (naming the pages, the key being
// right), none failing while the schema cannot be read is a file cut short or a broken structure.
class StoreDiagnosis
{
public:
    static constexpr qint64 kPageSize = 4096; // SQLCipher 4's default, as every store uses

    // Before opening: what the file system alone shows; nullopt when nothing is wrong there.
    static std::optional<QString> beforeOpening(const QString &path);
    // After an open failed with the (resolved) key: the real cause, or nullopt when the pages and
    // the key look right (the original error then stands).
    static std::optional<QString> afterFailedOpen(const QString &path, const KeySource &key);
};

} // namespace custos
