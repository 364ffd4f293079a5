#pragma once

#include "core/common/Error.h"

#include <QString>

namespace custos::audit {

// Unpacks a pack ZIP (stored entries, as ZipWriter writes them) for `audit verify`. Every entry
// must sit under one top folder, with no absolute path or "..", and match its CRC-32. A
// compressed entry (a pack re-zipped by another tool) is refused with a clear message: unzip it
// and verify the folder.
class ZipReader
{
public:
    // Returns the name of the top folder it unpacked into `into`.
    static Result<QString> extract(const QString &zipPath, const QString &into);
};

} // namespace custos::audit
