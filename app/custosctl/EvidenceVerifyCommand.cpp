// `custosctl evidence verify`.
#include "CommandLine.h"
#include "StoreCommand.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

class EvidenceVerifyCommand : public StoreCommand
{
public:
    EvidenceVerifyCommand()
        : StoreCommand(
              u"evidence verify"_s,
              u"Recompute the hash chain (every field of every event), check the signed checkpoints against "
              u"the"
              " store and the witness, that every dropped payload has its retention event, every query-table "
              "row and"
              " text-index entry against the chain, and every page of the file. Exit 0 when intact, 1 when "
              "damaged"
              " (naming the first bad seq and the kind of damage, then every finding), 3 when the store "
              "cannot "
              "be"
              " read."_s)
    {
        addOptions({m_external, m_witness, m_noWitness});
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto store = openStore(parser, true);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        VerifyOptions options;
        options.externalCheckpoints = parser.value(m_external);
        options.witnessPath = parser.value(m_witness);
        options.useWitness = !parser.isSet(m_noWitness);
        const bool showProgress = !wantsJson(parser) && ::isatty(STDERR_FILENO);
        if (showProgress) {
            options.progress = [](qint64 checked, qint64 total) {
                std::fprintf(stderr, "\rverifying: %lld / %lld events", static_cast<long long>(checked),
                             static_cast<long long>(total));
            };
        }
        const VerifyReport result = (*store)->verify(options);
        if (showProgress)
            std::fprintf(stderr, "\n");
        print(parser, result);
        if (!result.error.isEmpty())
            return ExitIoError;
        return result.ok() ? ExitOk : ExitFailure;
    }

private:
    void print(const QCommandLineParser &parser, const VerifyReport &result) const
    {
        if (wantsJson(parser)) {
            out() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        } else if (result.ok()) {
            out() << result.summary() << Qt::endl;
        } else {
            complain(storePath(parser) + u": "_s + result.summary(), ExitFailure);
            for (const VerifyFinding &finding : result.findings)
                err() << "  " << damageName(finding.damage)
                      << (finding.page > 0 ? u" page %1"_s.arg(finding.page) : QString()) << ": "
                      << finding.detail << Qt::endl;
        }
        if (!result.witnessWarning.isEmpty() && !wantsJson(parser))
            complain(u"WARNING: "_s + result.witnessWarning, ExitOk);
    }

    const QCommandLineOption m_external{u"checkpoints"_s,
                                        u"Checkpoints exported earlier and kept elsewhere."_s, u"FILE"_s};
    const QCommandLineOption m_witness{
        u"witness"_s, u"The witness file (default: $CUSTOS_WITNESS, else the config folder's)."_s, u"FILE"_s};
    const QCommandLineOption m_noWitness{u"no-witness"_s, u"Do not compare with a witness."_s};
};

} // namespace

std::unique_ptr<Command> makeEvidenceVerifyCommand()
{
    return std::make_unique<EvidenceVerifyCommand>();
}

} // namespace custos::ctl::evidence
