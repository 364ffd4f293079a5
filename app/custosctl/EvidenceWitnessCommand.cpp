// `custosctl evidence witness`.
#include "CommandLine.h"
#include "StoreCommand.h"

#include "core/evidence/LedgerHash.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

class EvidenceWitnessCommand : public StoreCommand
{
public:
    EvidenceWitnessCommand()
        : StoreCommand(
              u"evidence witness"_s,
              u"Print the store's newest signed checkpoint as one JSON line (store id, key, seq, hash, "
              "time, signature) and the witness file it is also kept in. Keep the line anywhere else: "
              "'verify' catches a store rolled back behind it."_s)
    {
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto store = openStore(parser, true);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        auto list = (*store)->checkpoints();
        if (!list)
            return complain(list.error().toString(), ExitIoError);
        if (list->isEmpty())
            return complain(Error{u"the store has no checkpoint yet"_s, storePath(parser)}.toString(),
                            ExitFailure);
        auto storeId = (*store)->storeId();
        if (!storeId)
            return complain(storeId.error().toString(), ExitIoError);
        QJsonObject line = list->constLast().toJson();
        line.insert(u"store_id"_s, *storeId);
        line.insert(u"public_key"_s, QString::fromLatin1((*store)->publicKey().toHex()));
        line.insert(u"chain_formula"_s, ledger::kChainFormula);
        out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        reportWitness(**store, list->constLast().seq);
        return ExitOk;
    }

private:
    // Where the witness file is, and whether it holds the newest checkpoint too.
    void reportWitness(const EvidenceStore &store, qint64 newestSeq) const
    {
        auto witnessed = store.latestWitnessed();
        if (!witnessed)
            complain(witnessed.error().toString(), ExitIoError);
        else if (!*witnessed)
            complain(u"WARNING: no witness at "_s + store.witnessPath(), ExitOk);
        else if ((*witnessed)->seq != newestSeq)
            complain(u"the witness at %1 ends at seq %2, the store's newest checkpoint is at seq %3"_s.arg(
                         store.witnessPath(), QString::number((*witnessed)->seq), QString::number(newestSeq)),
                     ExitOk);
        else
            err() << "witness: " << store.witnessPath() << Qt::endl;
    }
};

} // namespace

std::unique_ptr<Command> makeEvidenceWitnessCommand()
{
    return std::make_unique<EvidenceWitnessCommand>();
}

} // namespace custos::ctl::evidence
