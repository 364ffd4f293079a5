#pragma once

#include "Checkpoint.h"

#include <QString>

#include <optional>

namespace custos {

// A file of signed checkpoints kept outside the store (by default in the user's config folder, one
// file per store id; configurable, e.g. to a mounted share). Every checkpoint the writer signs is
// appended as one JSON line once its transaction is durable, and verify compares the store with
// it, so deleted checkpoints, a dropped tail and an older copy restored over the store are caught
// even by someone holding the store's key. Lines of other stores (a shared file) are skipped.
class WitnessLog
{
public:
    WitnessLog(QString path, QString storeId, QByteArray publicKey);

    // <GenericConfigLocation>/custos/witness/<store id>.jsonl (~/.config/custos/witness/...)
    static QString defaultPathFor(const QString &storeId);
    // The witness to use: `configured` when set, else $CUSTOS_WITNESS, else the default path.
    static QString resolvePath(const QString &configured, const QString &storeId);

    QString path() const { return m_path; }
    Result<void> append(const Checkpoint &checkpoint, int chainFormula) const;

    // This store's entries, in file order; nullopt when the file does not exist. A torn last line
    // (a crash while appending) is skipped; any other unreadable line is an error naming it.
    static Result<std::optional<CheckpointExport>> read(const QString &path, const QString &storeId);

private:
    QString m_path;
    QString m_storeId;
    QByteArray m_publicKey;
};

} // namespace custos
